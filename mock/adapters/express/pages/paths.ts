/** The URL prefix of the pages' files (`npm run build:ui` puts them in dist/ui/). */
export const UI_PREFIX = '/__ui';

const PAGES = new Set(['/', '/openapi.json', '/openapi.yaml', '/docs', '/__inspector', '/favicon.ico']);

/**
 * Whether a path is one of the mock's own pages or their files (`/docs/` is `/docs`), not an API route. Without
 * Express: the server asks it for every request, and loads Express only for a page.
 */
export function isPagePath(requestPath: string): boolean {
  const path = requestPath.length > 1 && requestPath.endsWith('/') ? requestPath.slice(0, -1) : requestPath;
  return PAGES.has(path) || path.startsWith(`${UI_PREFIX}/`);
}
