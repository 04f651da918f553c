import { readdirSync, readFileSync } from 'node:fs';
import * as index from '../index';
import { fromRoot } from '../../spec/paths';

/** `<!-- kit-example: FILE -->` then a ts block: the docs page shows FILE, a test that runs, verbatim. */
const MARKER = /<!-- kit-example: (\S+) -->\n```ts\n([\s\S]*?)```\n/g;

const examples = readdirSync(fromRoot('docs'))
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => [...readFileSync(fromRoot('docs', name), 'utf8').matchAll(MARKER)].map(([, file, block]) => ({ page: `docs/${name}`, file, block })));

describe('the kit examples of the docs pages are the example tests that run', () => {
  test('docs/contract-kit.md holds one', () => {
    expect(examples.map((e) => e.page)).toContain('docs/contract-kit.md');
  });

  test.each(examples)('$page shows $file verbatim', ({ file, block }) => {
    expect(file).toMatch(/^contracts\/examples\/[\w-]+\.pact\.test\.ts$/);
    expect(block).toBe(readFileSync(fromRoot(file), 'utf8'));
  });
});

describe('docs/contract-kit.md names what the package exports', () => {
  const page = readFileSync(fromRoot('docs', 'contract-kit.md'), 'utf8');
  const kit = index as unknown as Record<string, unknown>;

  test('every builder and answer of its tables is an export', () => {
    const tables = page.slice(page.indexOf('## Pact interactions'), page.indexOf('## Provider states')).split('\n').filter((line) => line.startsWith('|'));
    const named = tables.flatMap((line) => [...line.matchAll(/`(\w+)\(/g)].map(([, name]) => name));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((name) => typeof kit[name] !== 'function')).toEqual([]);
  });

  test('every client method of its table is a method of OpportunitiesClient', () => {
    const client = (kit.OpportunitiesClient as { prototype: Record<string, unknown> }).prototype;
    const section = page.slice(page.indexOf('## The client'), page.indexOf('## Pact interactions'));
    const methods = [...section.matchAll(/^\| `(\w+)\(/gm)].map(([, name]) => name);
    expect(methods.filter((name) => typeof client[name] !== 'function')).toEqual([]);
  });

  test('every provider state is in its table', () => {
    const states = Object.values(kit.STATE_NAMES as Record<string, string>);
    expect(states.filter((name) => !page.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
