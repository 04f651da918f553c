/**
 * `monaco-opportunities-mock/msw`: the mock as Mock Service Worker handlers, for `setupServer` (Node) and
 * `setupWorker` (the browser). The same engine as the Express server (mock/core), with the contracts and fixtures
 * the build embeds: it reads no files and needs no Node built-ins. Needs msw 2.x (an optional peer dependency).
 */
export { monacoHandlers } from './mock/adapters/msw';
export type { MonacoHandlers, MonacoHandlersOptions } from './mock/adapters/msw';
export * from './mock/adapters/web/public';
