/**
 * The repository stands alone: a fresh clone in a folder with no siblings builds, tests and runs. So no tracked
 * file may refer to a path outside it: a sibling folder, a developer's machine, a home directory.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fromRoot } from '../spec/paths';

const ROOT = fromRoot();
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

/** Absolute paths of a machine rather than of the project (built from parts, so this file does not match itself). */
const MACHINE_PATHS = [
  new RegExp(['', 'work', ''].join('\\/')),
  new RegExp(`(^|[\\s'"\`(=:])${['', 'home', '[A-Za-z0-9._-]+'].join('\\/')}`),
  new RegExp(`(^|[\\s'"\`(=:])${['', 'Users', '[A-Za-z0-9._-]+'].join('\\/')}`),
  new RegExp(`(^|[\\s'"\`(=:])${['', 'root', ''].join('\\/')}`),
  /[A-Za-z]:\\\\Users\\\\/,
  new RegExp(['\\.\\.', 'shared'].join('\\/')),
];

/** `../` paths: each must stay inside the repository once resolved from the file that names it. */
const RELATIVE = /(?:^|[\s'"`(=:[])((?:\.\.\/)+)([A-Za-z0-9._-]*)/g;

const text = (file: string) => {
  const buffer = readFileSync(join(ROOT, file));
  return buffer.includes(0) ? undefined : buffer.toString('utf8');
};

describe('no tracked file refers to a path outside the repository', () => {
  test('the check sees the repository', () => {
    expect(tracked).toEqual(expect.arrayContaining(['package.json', 'spec/openapi.yaml', 'spec/monaco/2026-07-31.json']));
  });

  test('no machine paths: a work folder, a home directory, the team\'s shared reference folder', () => {
    const found: string[] = [];
    for (const file of tracked) {
      const lines = text(file)?.split('\n') ?? [];
      lines.forEach((line, i) => {
        for (const pattern of MACHINE_PATHS) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(found).toEqual([]);
  });

  test('no relative path climbs out of the repository', () => {
    const found: string[] = [];
    for (const file of tracked) {
      const lines = text(file)?.split('\n') ?? [];
      lines.forEach((line, i) => {
        for (const [, ups, next] of line.matchAll(RELATIVE)) {
          const target = relative(ROOT, resolve(ROOT, dirname(file), ups, next));
          if (target.startsWith('..')) found.push(`${file}:${i + 1}: ${ups}${next} (resolves to ${target})`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});

describe('docs pages the code points users at', () => {
  test('every docs/<page>.md named in a tracked source file exists', () => {
    const sources = tracked.filter((file) => /\.(ts|tsx|mjs|js|yaml|json)$/.test(file) && !file.startsWith('docs/'));
    const missing: string[] = [];
    let named = 0;
    for (const file of sources) {
      for (const [page] of text(file)?.matchAll(/\bdocs\/[a-z0-9-]+\.md\b/g) ?? []) {
        named++;
        if (!tracked.includes(page)) missing.push(`${file}: ${page}`);
      }
    }
    expect(named).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
