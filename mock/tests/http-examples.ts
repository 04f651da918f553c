/**
 * The raw-HTTP examples of a docs page (`<!-- example -->` then a ```http request and a ```http answer, run
 * in-process; bodies compared exactly, `"…"` as a wildcard) and its `<!-- cli-example -->` command lines: what
 * docs-safety.test.ts checks in security.md, limits.md and cli.md. The curl examples of the README and the
 * other pages (a `docs-test` config, ```sh then ```json, abbreviated by leaving keys out) are docs-examples.ts's.
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../spec/paths';
import type { MockOptions } from '../core/options';

/** An HTTP exchange a doc page shows: the request, and the answer the mock must give. */
export interface HttpExample {
  line: number;
  options: MockOptions;
  request: { method: string; path: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body?: unknown };
}

/** A command line a doc page shows, with the one line it prints on stderr. */
export interface CliExample {
  line: number;
  args: string[];
  stderr: string;
}

const HTTP = /<!-- example(?:: (\{.*\}))? -->\n```http\n([\s\S]*?)```\n\s*```http\n([\s\S]*?)```/g;
const CLI = /<!-- cli-example -->\n```sh\n\$ monaco-mock ([^\n]*)\n([^\n]*)\n```/g;

function message(text: string): { head: string[]; body?: string } {
  const [head, ...rest] = text.split('\n\n');
  const body = rest.join('\n\n').trim();
  return { head: head.trim().split('\n'), body: body || undefined };
}

function headers(lines: string[]): Record<string, string> {
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The checked examples of a page under docs/. */
export function docExamples(page: string): { http: HttpExample[]; cli: CliExample[]; text: string } {
  const text = readFileSync(fromRoot('docs', page), 'utf8');
  const http = [...text.matchAll(HTTP)].map((m): HttpExample => {
    const request = message(m[2]);
    const response = message(m[3]);
    const [method, path] = request.head[0].split(' ');
    return {
      line: lineOf(text, m.index!),
      options: m[1] ? JSON.parse(m[1]) : {},
      request: { method, path, headers: headers(request.head.slice(1)), body: request.body },
      response: { status: Number(response.head[0].split(' ')[1]), headers: headers(response.head.slice(1)), body: response.body ? JSON.parse(response.body) : undefined },
    };
  });
  const cli = [...text.matchAll(CLI)].map((m) => ({ line: lineOf(text, m.index!), args: m[1].split(' '), stderr: m[2] }));
  return { http, cli, text };
}

/** Whether a value matches an expected one in which the string "…" stands for any value. */
export function matchesExample(actual: unknown, expected: unknown): boolean {
  if (expected === '…') return true;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesExample(actual[i], e));
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => matchesExample((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return actual === expected;
}
