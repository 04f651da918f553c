import { setupWorker } from 'msw/browser';
import { monacoHandlers } from 'monaco-opportunities-mock/msw';

// src/mocks/browser.ts: the app calls /api/v1/...; in a dev build, the mock answers inside the page.
export const handlers = monacoHandlers({ seed: 7, clock: '2026-07-01T09:00:00Z', baseUrl: `${location.origin}/api` });
export const worker = setupWorker(...handlers);

// In the app's entry, before it renders:
//   if (import.meta.env.DEV) await worker.start({ onUnhandledRequest: 'bypass' });
