import { readFileSync } from 'node:fs';
import * as index from '../index';
import { fromRoot } from '../../spec/paths';

/** A page's section, from its heading to the next heading of the same level. */
function section(page: string, heading: string): string {
  const text = readFileSync(fromRoot('docs', page), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/${page} has no "${heading}" heading`);
  const end = text.indexOf('\n## ', start + heading.length + 2);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('docs/contracts.md and docs/client.md name what the package exports', () => {
  const kit = index as unknown as Record<string, unknown>;

  test('every builder and answer of the tables of docs/contracts.md is an export', () => {
    const tables = section('contracts.md', '## Pact interactions and answers').split('\n').filter((line) => line.startsWith('|'));
    const named = tables.flatMap((line) => [...line.matchAll(/`(\w+)\(/g)].map(([, name]) => name));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((name) => typeof kit[name] !== 'function')).toEqual([]);
  });

  test('every method of the table of docs/client.md is a method of OpportunitiesClient', () => {
    const client = (kit.OpportunitiesClient as { prototype: Record<string, unknown> }).prototype;
    const methods = [...section('client.md', '## Methods').matchAll(/^\| `(\w+)\(/gm)].map(([, name]) => name);
    expect(methods.length).toBeGreaterThan(10);
    expect(methods.filter((name) => typeof client[name] !== 'function')).toEqual([]);
  });

  test('every provider state is in the table of docs/contracts.md', () => {
    const page = section('contracts.md', '## Provider states');
    const states = Object.values(kit.STATE_NAMES as Record<string, string>);
    expect(states.filter((name) => !page.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
