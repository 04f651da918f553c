/**
 * The page of the MSW browser test (bundled by esbuild as an app's bundler would, the kit's package name mapped
 * to its built entry dist/msw.js): browser.ts (the documented setup) starts the worker, and the page creates an
 * opportunity and reads it back with fetch, as the app under test would.
 */
import { handlers, worker } from './browser';

declare global {
  interface Window {
    createAndRead(key: string, body: unknown): Promise<{ created: unknown; read: unknown; statuses: number[]; journaled: number }>;
    mockReady: Promise<void>;
  }
}

window.mockReady = worker.start({ quiet: true, serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' }).then(() => undefined);

window.createAndRead = async (key, body) => {
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const create = await fetch('/api/v1/preview/opportunities', { method: 'POST', headers, body: JSON.stringify(body) });
  const created = (await create.json()) as { data: { id: string } };
  const read = await fetch(`/api/v1/opportunities/${created.data.id}`, { headers });
  return { created, read: await read.json(), statuses: [create.status, read.status], journaled: handlers.mock.journal.count() };
};
