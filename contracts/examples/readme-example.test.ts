import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../spec/paths';

const MARKER = '<!-- kit-example -->';
const example = readFileSync(fromRoot('contracts', 'examples', 'kit-example.pact.test.ts'), 'utf8');

/** The fenced block right after the marker, or undefined when the document has no marker. */
function exampleBlock(document: string): string | undefined {
  const match = new RegExp(`${MARKER}\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\n`).exec(document);
  return match?.[1];
}

/** The README and the docs pages that show the example (after the marker). */
const documents = ['README.md', ...readdirSync(fromRoot('docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))].filter((file) =>
  readFileSync(fromRoot(file), 'utf8').includes(MARKER),
);

describe("the docs' kit example is the example test that runs (contracts/examples/kit-example.pact.test.ts)", () => {
  test('the README (consumer journey) and docs/contracts.md show it', () => {
    expect(documents).toEqual(['README.md', join('docs', 'contracts.md')]);
  });

  test.each(documents)('%s holds it verbatim', (file) => {
    expect(exampleBlock(readFileSync(fromRoot(file), 'utf8'))).toBe(example);
  });

  test('the example is about ten lines of test, importing the kit by its package name', () => {
    expect(example).toContain("from 'monaco-opportunities-mock/contracts'");
    expect(example.trim().split('\n').length).toBeLessThanOrEqual(20);
  });
});
