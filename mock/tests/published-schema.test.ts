import request from 'supertest';
import { readDeviations } from '../../contracts/compat/deviations';
import { operationOf } from '../../contracts/compat/pact-file';
import { CORPUS, type CorpusRequest } from '../../contracts/prism/corpus';
import { MOCKS, type MockName } from '../../contracts/prism/upstream';
import { API_VERSIONS, apiVersionInfo } from '../../spec/api-versions';
import { readDocument } from '../../spec/document';
import { pathMatcher } from '../../spec/operations';
import { ajvFactory } from '../../spec/ajv';
import { SchemaCompiler } from '../../spec/validators';
import type { MockApp } from '../adapters/express/app';
import { FIXTURE, testApp } from './helpers';

/**
 * Every request of the Prism conformance corpus (every operation, every declared status), sent to the mock
 * of each API version: each answer must validate against spec/openapi.yaml and against the matching response
 * of Monaco's published document of that version, unless the version's deviations file lists the difference;
 * then it must really differ, so the list stays true.
 */
describe.each(API_VERSIONS)("every response validates against spec/openapi.yaml and Monaco's published document of %s", (version) => {
  const info = apiVersionInfo(version);
  const deviations = readDeviations(info.deviations);
  const published = readDocument(info.document);
  const compiler = new SchemaCompiler(published, `monaco-${version}.json`, { ajv: ajvFactory() });
  const apps = Object.fromEntries(Object.entries(MOCKS).map(([name, options]) => [name, testApp({ ...options, apiVersion: version })])) as Record<MockName, MockApp>;

  /** The published response schema for a concrete request (exact status, else its range), or undefined when none is declared. */
  function publishedValidator(method: string, path: string, status: number) {
    const target = deviations.pathMap[path] ?? path;
    const template = Object.keys(published.paths).find((p) => pathMatcher(p).pattern.test(target));
    if (!template) throw new Error(`${method} ${path} (${target}) has no path in ${deviations.published}: map it in ${info.deviations}.`);
    const responses = (published.paths[template] as Record<string, { responses: Record<string, { content?: unknown }> }>)[method].responses;
    const key = String(status) in responses ? String(status) : `${String(status)[0]}XX`;
    if (!responses[key]?.content) return undefined;
    return compiler.compile(`#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${key}/content/application~1json/schema`);
  }

  function send(app: MockApp, req: CorpusRequest, session: string, id = '') {
    const method = req.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const test = request(app)[method](req.path.replace('{id}', id)).set('x-mock-session', session);
    const key = req.key === undefined ? FIXTURE.keys.jane : req.key;
    if (key) test.set('authorization', `Bearer ${key}`);
    for (const [name, value] of Object.entries(req.headers ?? {})) test.set(name, value);
    if (req.body === undefined) return test;
    if (typeof req.body === 'string') return test.set('content-type', req.headers?.['content-type'] ?? 'application/json').send(req.body);
    return test.send(req.body as object);
  }

  test.each(CORPUS.map((row, i) => [row.name, row.status, row, i] as const))('%s: %i', async (_name, status, row, i) => {
    const app = apps[row.mock ?? 'standard'];
    const session = `published-${version}-${i}`;
    let id = '';
    for (const setup of row.setup ?? []) {
      const res = await send(app, setup, session);
      expect(res.status).toBe(200);
      id = res.body?.data?.id ?? id;
    }
    const res = await send(app, row.request, session, id);
    expect(res.status).toBe(status);
    const path = row.request.path.replace('{id}', id).split('?')[0];
    const method = row.request.method.toLowerCase();
    const operationId = operationOf(method, path)!;
    const hasBody = res.text !== '';
    const ours = app.mock.contract.responseValidator(operationId, status);
    if (hasBody) {
      expect(ours).toBeDefined();
      if (!ours!(res.body)) throw new Error(`${status} body violates spec/openapi.yaml: ${JSON.stringify(ours!.errors)}`);
    }
    const validate = publishedValidator(method, path, status);
    if (deviations.deviations.some((d) => d.status === status && d.operations.includes(operationId))) {
      expect(validate && hasBody && validate(res.body)).toBeFalsy(); // listed as a deviation: it really differs
      return;
    }
    if (!hasBody) {
      expect(validate).toBeUndefined(); // a 204: the published document declares no body either
      return;
    }
    expect(validate).toBeDefined();
    if (!validate!(res.body)) throw new Error(`${status} body fails ${deviations.published}: ${JSON.stringify(validate!.errors)}\n${res.text.slice(0, 500)}`);
  });

  test('the corpus reaches every operation of spec/openapi.yaml', () => {
    const reached = new Set(CORPUS.map((row) => operationOf(row.request.method, row.request.path)));
    expect([...apps.standard.mock.contract.operations.keys()].filter((op) => !reached.has(op))).toEqual([]);
  });
});
