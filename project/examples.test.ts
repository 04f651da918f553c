/**
 * Every example the README and docs/ show after an `<!-- example: <file> -->` marker is that file, verbatim: a
 * test that runs (mock/tests/examples/, the contract kit's contracts/examples/*.pact.test.ts) or the page the
 * MSW browser test bundles (ui/tests/msw-page/browser.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../spec/paths';

const MARKER = /<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```\n/g;
const documents = ['README.md', ...readdirSync(fromRoot('docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
const examples = documents.flatMap((document) => [...readFileSync(fromRoot(document), 'utf8').matchAll(MARKER)].map(([, file, block]) => [document, file, block] as const));

test('the README and the MSW and fetch page show the examples, each a file that runs', () => {
  expect(examples.map(([document, file]) => `${document}: ${file}`)).toEqual(
    expect.arrayContaining([
      'README.md: ui/tests/msw-page/browser.ts',
      'README.md: mock/tests/examples/fetch-handler.test.ts',
      'docs/msw-and-fetch.md: ui/tests/msw-page/browser.ts',
      'docs/msw-and-fetch.md: mock/tests/examples/msw-node.test.ts',
      'docs/msw-and-fetch.md: mock/tests/examples/fetch-handler.test.ts',
    ]),
  );
});

describe('the contract kit examples (contracts/examples/, run by `npm run contracts:consumer`)', () => {
  const kit = examples.filter(([, file]) => file.startsWith('contracts/'));

  test('the README (consumer journey) and docs/contracts.md show the kit example; docs/contracts.md the list example', () => {
    expect(kit.map(([document, file]) => `${document}: ${file}`)).toEqual([
      'README.md: contracts/examples/kit-example.pact.test.ts',
      'docs/contracts.md: contracts/examples/kit-example.pact.test.ts',
      'docs/contracts.md: contracts/examples/list-example.pact.test.ts',
    ]);
  });

  test.each(kit.map(([document, file, block]) => [`${document}: ${file}`, file, block]))('%s is a pact test of contracts/examples, about ten lines, using the kit', (_name, file, block) => {
    expect(file).toMatch(/^contracts\/examples\/[\w-]+\.pact\.test\.ts$/);
    expect(block).toContain("from 'monaco-opportunities-mock/contracts'");
    expect(block.trim().split('\n').length).toBeLessThanOrEqual(20);
  });
});

test.each(examples.map(([document, file, block]) => [`${document}: ${file}`, file, block]))('%s is shown verbatim', (_name, file, block) => {
  expect(existsSync(fromRoot(file))).toBe(true);
  expect(block).toBe(readFileSync(fromRoot(file), 'utf8'));
});

test('they import the kit by its package name, as an app would', () => {
  for (const [, , block] of examples) expect(block).toMatch(/from 'monaco-opportunities-mock\/(fetch|msw|contracts)'/);
});
