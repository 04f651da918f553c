import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../spec/paths';

const MARKER = '<!-- kit-example -->';
const example = readFileSync(fromRoot('contracts', 'examples', 'kit-example.pact.test.ts'), 'utf8');

/** The fenced block right after the marker, or undefined when the document has no marker. */
function exampleBlock(document: string): string | undefined {
  const match = new RegExp(`${MARKER}\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\n`).exec(document);
  return match?.[1];
}

/** The notes hold the README section until it is pasted; once pasted, README.md must hold the same block. */
const documents = ['README.md'].filter((file) => existsSync(fromRoot(file)) && readFileSync(fromRoot(file), 'utf8').includes(MARKER));

describe("the README's kit example is the example test that runs (contracts/examples/kit-example.pact.test.ts)", () => {
  test('README.md or the notes hold the example', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  test.each(documents)('%s holds it verbatim', (file) => {
    expect(exampleBlock(readFileSync(fromRoot(file), 'utf8'))).toBe(example);
  });

  test('the example is about ten lines of test, importing the kit by its package name', () => {
    expect(example).toContain("from 'monaco-opportunities-mock'");
    expect(example.trim().split('\n').length).toBeLessThanOrEqual(20);
  });
});
