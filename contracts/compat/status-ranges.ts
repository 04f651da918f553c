import type { OpenApiDocument } from '../../spec/document';
import { pathMatcher } from '../../spec/operations';
import type { PactFile } from './pact-file';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * swagger-mock-validator looks a pact's status up as an exact code or `default`, never as a range, so a spec
 * that declares `4XX` (as Monaco's does) would fail every 4xx interaction. OpenAPI says a range covers every
 * code in it that is not declared on its own, so each range is copied to the exact codes the pact uses.
 * Templated paths (`/v1/opportunities/{opportunity_id}`) cover the concrete paths a pact calls. Returns the copy
 * and what was expanded (`POST /v1/opportunities/: 4XX → 401, 404`), for the report.
 */
export function expandStatusRanges(doc: OpenApiDocument, pact: PactFile): { doc: OpenApiDocument; expanded: string[] } {
  const copy = structuredClone(doc);
  const expanded: string[] = [];
  for (const [path, item] of Object.entries(copy.paths)) {
    for (const method of METHODS) {
      const responses = (item[method] as { responses?: Record<string, unknown> } | undefined)?.responses;
      if (!responses) continue;
      const matcher = pathMatcher(path).pattern;
      const used = new Set(
        pact.interactions.filter((i) => matcher.test(i.request.path.split('?')[0]) && i.request.method.toLowerCase() === method).map((i) => String(i.response.status)),
      );
      for (const range of Object.keys(responses).filter((key) => /^[1-5]XX$/.test(key))) {
        const codes = [...used].filter((code) => code[0] === range[0] && !(code in responses)).sort();
        for (const code of codes) responses[code] = responses[range];
        if (codes.length > 0) expanded.push(`${method.toUpperCase()} ${path}: ${range} → ${codes.join(', ')}`);
      }
    }
  }
  return { doc: copy, expanded };
}
