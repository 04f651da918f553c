/**
 * The page of the MSW browser test (bundled by esbuild, as an app's bundler would): the kit's published MSW entry
 * (dist/msw.js) and msw's setupWorker, answering the app's calls to `/api` inside the page. It creates an
 * opportunity and reads it back with fetch, as the app under test would.
 */
import { setupWorker } from 'msw/browser';
import { monacoHandlers } from '../../../dist/msw';

declare global {
  interface Window {
    createAndRead(key: string, body: unknown): Promise<{ created: unknown; read: unknown; statuses: number[]; journaled: number }>;
    mockReady: Promise<void>;
  }
}

const handlers = monacoHandlers({ seed: 7, clock: '2026-07-01T09:00:00Z', baseUrl: `${location.origin}/api` });
const worker = setupWorker(...handlers);
window.mockReady = worker.start({ quiet: true, serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' }).then(() => undefined);

window.createAndRead = async (key, body) => {
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const create = await fetch('/api/v1/preview/opportunities', { method: 'POST', headers, body: JSON.stringify(body) });
  const created = (await create.json()) as { data: { id: string } };
  const read = await fetch(`/api/v1/opportunities/${created.data.id}`, { headers });
  return { created, read: await read.json(), statuses: [create.status, read.status], journaled: handlers.mock.journal.count() };
};
