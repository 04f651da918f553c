import request from 'supertest';
import type { MockApp } from '../adapters/express/app';
import { abbreviationProblem, parseCurl, readDocPage } from './docs-examples';
import { testApp } from './helpers';

/**
 * The docs pages' examples run, in page order, against a mock with a frozen clock (each page on fresh apps,
 * as its `docs-test` config names them): every curl must answer the response the page shows, abbreviated
 * only by leaving keys and list items out. The README quick start runs against the real CLI (cli.test.ts).
 */
describe.each(['docs/opportunities-api.md', 'docs/lookups.md', 'docs/api-versions.md'])('%s', (file) => {
  const page = readDocPage(file);
  const apps = new Map<string, MockApp>();
  const appFor = (name: string) => {
    if (!(name in page.apps)) throw new Error(`${file} runs an example on app "${name}", which its docs-test config does not define.`);
    if (!apps.has(name)) apps.set(name, testApp(page.apps[name]));
    return apps.get(name)!;
  };

  test('has examples', () => {
    expect(page.examples.length).toBeGreaterThan(2);
  });

  test.each(page.examples.map((example) => [example.name, example] as const))('%s', async (_name, example) => {
    const { method, path, headers, body } = parseCurl(example.curl);
    const req = request(appFor(example.app))[method.toLowerCase() as 'get'](path).set(headers);
    const res = await (body === undefined ? req : req.send(body));
    if (process.env.DOCS_PRINT) console.log(`${example.name}\n${res.status} ${JSON.stringify(res.body, null, 2)}`);
    if (typeof example.response === 'number') return expect(res.status).toBe(example.response); // curl -w '%{http_code}'
    expect(Object.keys(example.response as object).length).toBeGreaterThan(0); // an empty abbreviation would prove nothing
    const problem = abbreviationProblem(example.response, res.body);
    if (problem) throw new Error(`${example.curl}\nanswered ${res.status}, which the page does not show: ${problem}`);
  });
});
