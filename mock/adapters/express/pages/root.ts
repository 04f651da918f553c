import type { Request, Response } from 'express';
import { kitVersion } from '../../../../spec/paths';
import { originOf } from '../origin';
import { QuickStart, quickStart } from '../../../core/quick-start';
import type { MockRuntime } from '../../../core/runtime';
import { pageHeaders, UI_PREFIX } from './assets';

/** `GET /` as JSON (`Accept: application/json`): where everything is, and a first request to try. */
export interface RootIndex {
  name: string;
  version: string;
  /** The Monaco published document the mock conforms to (`--api-version`). */
  api_version: string;
  links: {
    docs: string;
    openapi_json: string;
    openapi_yaml: string;
    /** The admin API's links are absent with `--no-admin`. */
    inspector?: string;
    health?: string;
    admin_openapi?: string;
  };
  quick_start: QuickStart | null;
}

export function rootIndex(runtime: MockRuntime, origin: string): RootIndex {
  const admin = runtime.options.admin;
  return {
    name: 'monaco-opportunities-mock',
    version: kitVersion(),
    api_version: runtime.options.apiVersion,
    links: {
      docs: `${origin}/docs`,
      openapi_json: `${origin}/openapi.json`,
      openapi_yaml: `${origin}/openapi.yaml`,
      ...(admin ? { inspector: `${origin}/__inspector`, health: `${origin}/__admin/health`, admin_openapi: `${origin}/__admin/openapi.json` } : {}),
    },
    quick_start: quickStart(runtime, origin) ?? null,
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function card(href: string, title: string, text: string): string {
  return `<a class="card" href="${escapeHtml(href)}"><h2>${title}</h2><p>${text}</p></a>`;
}

/** The root page: links to the inspector, the docs, health and the specs, and the quick-start curl. */
export function rootHtml(runtime: MockRuntime, index: RootIndex): string {
  const { options, clock } = runtime;
  const { links } = index;
  const settings = [
    `seed ${options.seed}`,
    `references ${options.references}`,
    `auth ${options.auth ? 'on' : 'off'}`,
    `API version ${options.apiVersion}`,
    `clock ${clock.frozen ? new Date(clock.now()).toISOString() : 'system'}`,
    ...(runtime.sessions.baseline.name ? [`data set ${runtime.sessions.baseline.name}`] : []),
    ...(options.scenario ? [`scenario ${options.scenario}`] : []),
  ].map(escapeHtml);
  const cards = [
    ...(links.inspector ? [card(links.inspector, 'Inspector', 'Every request the mock received, its verdict and what to fix. Scenarios, data and health.')] : []),
    card(links.docs, 'API docs', 'The OpenAPI spec, rendered by Swagger UI. Try calls against this mock.'),
    ...(links.health ? [card(links.health, 'Health', 'Uptime, counters and limits, as JSON.')] : []),
  ];
  const specs = [
    `<li><a href="${escapeHtml(links.openapi_json)}">/openapi.json</a> · <a href="${escapeHtml(links.openapi_yaml)}">/openapi.yaml</a>: Monaco's API, with this mock as its server</li>`,
    ...(links.admin_openapi ? [`<li><a href="${escapeHtml(links.admin_openapi)}">/__admin/openapi.json</a>: the admin API (scenarios, journal, state, clock)</li>`] : []),
  ];
  const quick = index.quick_start
    ? `<section><h2>Quick start</h2><p>Create an opportunity, then watch it arrive in the inspector:</p><pre class="code"><code>${escapeHtml(index.quick_start.curl)}</code></pre></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Monaco Opportunities mock</title>
<link rel="icon" href="${UI_PREFIX}/common/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${UI_PREFIX}/common/site.css">
</head>
<body>
<header class="topbar"><a class="brand" href="/">Monaco mock</a><nav>${links.inspector ? '<a href="/__inspector">Inspector</a>' : ''}<a href="/docs">API docs</a></nav><span class="version">v${escapeHtml(index.version)}</span></header>
<main class="home">
<h1>Monaco Opportunities mock</h1>
<p class="lede">Monaco's Create Opportunity API, mocked: realistic, deterministic opportunities with the status codes, errors and headers the real API sends.</p>
<nav class="cards">${cards.join('')}</nav>
${quick}
<section><h2>Specs</h2><ul class="specs">${specs.join('')}</ul></section>
<p class="settings">${settings.join(' · ')}</p>
</main>
</body>
</html>
`;
}

/** `GET /`: the page, or JSON for a client that prefers it. */
export function rootPage(runtime: MockRuntime) {
  return (req: Request, res: Response): void => {
    const index = rootIndex(runtime, originOf(req));
    res.vary('Accept');
    if (req.accepts(['html', 'json']) === 'json') {
      res.setHeader('Cache-Control', 'no-store');
      res.json(index);
      return;
    }
    pageHeaders(res);
    res.type('html').send(rootHtml(runtime, index));
  };
}
