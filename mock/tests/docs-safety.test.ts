import request from 'supertest';
import { REDACTED_FIELDS, REDACTED_HEADERS } from '../core/journal/redact';
import { runCli } from './cli-process';
import { docExamples, matchesExample } from './http-examples';
import { testApp } from './helpers';

describe.each(['security.md', 'limits.md', 'cli.md'])('docs/%s: its examples are what the mock does', (page) => {
  const { http, cli } = docExamples(page);

  test('it has checked examples', () => expect(http.length + cli.length).toBeGreaterThan(2));

  // A page may show one kind of example only (`.each` refuses an empty table).
  if (http.length) test.each(http.map((e) => [`line ${e.line}: ${e.request.method} ${e.request.path}`, e] as const))('%s', async (_name, example) => {
    const app = testApp(example.options);
    let req = request(app)[example.request.method.toLowerCase() as 'get'](example.request.path);
    for (const [name, value] of Object.entries(example.request.headers)) req = req.set(name, value);
    const res = await (example.request.body === undefined ? req : req.send(example.request.body));
    expect(res.status).toBe(example.response.status);
    for (const [name, value] of Object.entries(example.response.headers)) expect(res.headers[name]).toBe(value);
    if (example.response.body !== undefined && !matchesExample(res.body, example.response.body)) {
      throw new Error(`docs/${page} line ${example.line} shows\n${JSON.stringify(example.response.body)}\nbut the mock answers\n${JSON.stringify(res.body)}`);
    }
  });

  if (cli.length) test.each(cli.map((e) => [`line ${e.line}: monaco-mock ${e.args.join(' ')}`, e] as const))('%s', async (_name, example) => {
    const { stderr } = await runCli(example.args);
    expect(stderr.trim()).toBe(example.stderr);
  });
});

test('docs/security.md lists exactly the redacted headers and fields of mock/core/journal/redact.ts', () => {
  const { text } = docExamples('security.md');
  const listed = (name: string) => /<!-- (\S+) -->(.*)<!-- \/\1 -->/.exec(text.slice(text.indexOf(`<!-- ${name} -->`)))![2].match(/`([^`]+)`/g)!.map((n) => n.slice(1, -1));
  expect(listed('redacted-headers')).toEqual(REDACTED_HEADERS);
  expect(listed('redacted-fields')).toEqual(REDACTED_FIELDS);
});
