/**
 * `monaco-opportunities-mock/fetch`: the mock as a Fetch API handler, `(request: Request) => Promise<Response>`,
 * for Hono, Next.js route handlers, Cloudflare-style workers, Bun and Deno. The same engine as the Express server
 * (mock/core), with the contracts and fixtures the build embeds: it reads no files and needs no Node built-ins.
 */
export { createFetchHandler, MockNetworkError } from './mock/adapters/fetch';
export type { FetchHandler, FetchHandlerOptions } from './mock/adapters/fetch';
export * from './mock/adapters/web/public';
