import { RequestHandler, Router } from 'express';
import type { MockRuntime } from '../../../core/runtime';
import { favicon, sendPage, uiAssets } from './assets';
import { isPagePath, UI_PREFIX } from './paths';
import { rootPage } from './root';
import { specJson, specYaml } from './spec-routes';

export { isPagePath };

/**
 * The mock's own pages, for people: `/` (links and a quick start), `/__inspector` (the request inspector,
 * which drives the admin API, so it is served only with it), `/docs` (Swagger UI), the spec as JSON and
 * YAML, and their files under `/__ui`. They carry no state: everything they show comes from the admin API,
 * under its rules. API requests pass by with one lookup.
 */
export function pagesRouter(runtime: MockRuntime): RequestHandler {
  const router = Router();
  router.get('/', rootPage(runtime));
  router.get('/openapi.json', specJson(runtime.contract));
  router.get('/openapi.yaml', specYaml(runtime.contract));
  router.get('/docs', sendPage('docs', 'inlineStyles'));
  if (runtime.options.admin) router.get('/__inspector', sendPage('inspector'));
  router.get('/favicon.ico', favicon());
  router.use(UI_PREFIX, uiAssets());
  return (req, res, next) => (isPagePath(req.path) ? router(req, res, next) : next());
}
