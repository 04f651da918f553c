import express, { RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../../../spec/paths';
import { ApiError } from '../../../core/errors';

/** Where `npm run build:ui` puts the pages' files (ui/ compiled, with the vendored Preact, htm and Swagger UI). */
export const UI_DIR = fromRoot('dist', 'ui');

export { UI_PREFIX } from './paths';

/**
 * What the pages may load and do: only this mock's own scripts, styles and API (no CDN: they work offline),
 * never inside another site's frame (so no page can trick a click on "reset"). Swagger UI sets inline styles.
 */
const CSP = {
  strict: "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  inlineStyles: "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** Headers of every page and asset: no framing, no sniffing, no referrer; revalidated on each load. */
export function pageHeaders(res: Response, csp: keyof typeof CSP = 'strict'): void {
  res.setHeader('Content-Security-Policy', CSP[csp]);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-cache');
}

/** Serves `dist/ui/` under `/__ui` (a missing file falls through to the mock's JSON 404). */
export function uiAssets(): RequestHandler {
  return express.static(UI_DIR, { index: false, redirect: false, dotfiles: 'ignore', setHeaders: (res) => pageHeaders(res) });
}

/** Answers with a built page (`inspector/index.html`), or a 503 saying how to build it. */
export function sendPage(page: string, csp: keyof typeof CSP = 'strict'): RequestHandler {
  const file = join(UI_DIR, page, 'index.html');
  return (_req, res) => {
    if (!existsSync(file)) {
      const error = new ApiError(503, 'service_unavailable', `The ${page} page is not built: run \`npm run build:ui\` (npm run build does it) and reload.`);
      res.status(503).json(error.body());
      return;
    }
    pageHeaders(res, csp);
    res.sendFile(file);
  };
}

/**
 * `/favicon.ico`, which browsers ask for on every page they show (`/__admin/health` too): the mock's icon,
 * so that it does not land in the journal as a 404 in the default session.
 */
export function favicon(): RequestHandler {
  const file = join(UI_DIR, 'common', 'favicon.svg');
  return (_req, res) => {
    if (!existsSync(file)) {
      res.status(204).end();
      return;
    }
    pageHeaders(res);
    res.type('image/svg+xml').sendFile(file);
  };
}
