#!/usr/bin/env node
/**
 * `npm run build` (and the step before `npm start`, `npm run seed`, the contract scripts): compiles the
 * TypeScript to dist/ and precompiles the spec's validators, but only what changed since the last build.
 *
 * A fingerprint (sha256 of the contents) of the compiler's inputs and of the validators' inputs is kept in
 * dist/.build-stamp.json. When neither changed and dist/ holds what the build makes, nothing runs, so a
 * second `npm start` goes straight to the mock. tsc itself is incremental (dist/.tsbuildinfo).
 *
 *   node scripts/build.mjs           build what changed, say what it did (on stderr)
 *   node scripts/build.mjs --quiet   the same, silent when dist/ is up to date (npm start uses it)
 *   node scripts/build.mjs --force   build everything again
 *
 * Everything it prints goes to stderr: stdout belongs to the command that runs after it (for example
 * `npm run -s seed -- --out -`, whose stdout is data).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const STAMP = join(ROOT, 'dist', '.build-stamp.json');
/** What a build leaves behind; if one is missing, dist/ is rebuilt whatever the stamp says. */
const OUTPUTS = ['dist/index.js', 'dist/mock/cli.js', 'dist/spec/precompile.js', 'dist/spec/compiled/openapi.meta.json', 'dist/spec/compiled/embedded.js', 'dist/ui/inspector/index.html'];

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const note = (line) => process.stderr.write(`build: ${line}\n`);

/** The project's tsconfig files, parsed (they are plain JSON). */
const readJson = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const base = readJson('tsconfig.json');
const build = readJson('tsconfig.build.json');

/** tsconfig.build.json's excludes, as the walk applies them: folders by path, `**\/tests/**` and `*.test.ts` by name. */
const excluded = (build.exclude ?? base.exclude ?? []).filter((entry) => !entry.includes('*')).map((entry) => entry.replace(/\/$/, ''));
const skipDir = (path) => excluded.includes(path) || path.split(sep).includes('tests') || path.split(sep).includes('node_modules');
const skipFile = (path) => path.endsWith('.test.ts');

/** The files under `include` (files or folders) that end with one of `extensions`, sorted. */
function walk(include, extensions) {
  const found = [];
  const visit = (path) => {
    const full = join(ROOT, path);
    if (!existsSync(full)) return;
    const entries = readdirSync(full, { withFileTypes: true });
    for (const entry of entries) {
      const child = path ? join(path, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!skipDir(child)) visit(child);
      } else if (extensions.some((ext) => entry.name.endsWith(ext)) && !skipFile(child)) {
        found.push(child);
      }
    }
  };
  for (const entry of include) {
    if (excluded.includes(entry)) continue;
    if (/\.[a-z]+$/.test(entry)) {
      if (existsSync(join(ROOT, entry))) found.push(entry);
    } else visit(entry);
  }
  return found.sort();
}

/** sha256 over the names and contents of files, in order. */
function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

const configFiles = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const current = {
  /**
   * What tsc reads: the TypeScript of `include` minus the build's excludes, the fixture JSON fixtures/embedded.ts
   * imports (emitted to dist/fixtures/, the fetch and MSW entries' defaults), its config, and the locked versions.
   */
  tsc: fingerprint([...configFiles, ...walk(build.include ?? base.include, ['.ts']), ...walk(['fixtures/orgs', 'fixtures/scenarios'], ['.json'])]),
  /** What the precompiled validators come from: the spec documents, the code that compiles them (ajv's version is in the lock) and the kit's version (in embedded.js). */
  validators: fingerprint(['package.json', 'package-lock.json', ...walk(['spec'], ['.yaml', '.ts'])]),
  /** What the browser pages come from: ui/ (its tests aside) and the vendored libraries' locked versions. */
  ui: fingerprint(['package-lock.json', ...walk(['ui'], ['.ts', '.mjs', '.html', '.css', '.svg'])]),
};

let previous = {};
try {
  previous = JSON.parse(readFileSync(STAMP, 'utf8'));
} catch {
  /* no stamp: the first build */
}
const complete = OUTPUTS.every((file) => existsSync(join(ROOT, file)));
const force = args.has('--force') || !complete;
const runTsc = force || previous.tsc !== current.tsc;
const runPrecompile = force || previous.validators !== current.validators;
const runUi = force || previous.ui !== current.ui;

if (!runTsc && !runPrecompile && !runUi) {
  if (!quiet) note('dist/ is up to date (no source changed since the last build).');
  process.exit(0);
}

/** What tsc writes for a source (`x.js`, `x.d.ts` and their maps), and the source it comes from (`x.ts`). */
const COMPILED = /\.(?:d\.ts|js)(?:\.map)?$/;
/** dist/ folders other steps write (the pages, the precompiled validators): not tsc's, so not pruned here. */
const OTHER_STEPS = ['dist/ui', 'dist/spec/compiled'].map((dir) => join(ROOT, dir));

/**
 * Deletes tsc's output for sources that no longer exist: tsc never deletes a file, and package.json's `files`
 * takes every dist/**\/*.js and *.d.ts, so `npm pack` would ship modules of a layout long gone. The fixture
 * JSON tsc copies is left alone (only .js, .d.ts and maps are looked at). Returns how many it deleted.
 */
function pruneCompiled() {
  const dist = join(ROOT, 'dist');
  let pruned = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!OTHER_STEPS.includes(full)) visit(full);
      } else if (COMPILED.test(entry.name) && !existsSync(join(ROOT, relative(dist, full)).replace(COMPILED, '.ts'))) {
        rmSync(full);
        pruned++;
      }
    }
  };
  visit(dist);
  return pruned;
}

/** Runs a step with node; its output goes to stderr; a failure ends the build with its exit code. */
function step(label, script, stepArgs) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, script), ...stepArgs], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    note(`${label} failed (exit code ${result.status ?? result.signal}); fix the errors above and run npm run build again.`);
    process.exit(result.status || 1);
  }
  note(`${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

note(force ? (complete ? 'rebuilding everything (--force)' : 'dist/ is missing or incomplete: building it') : 'sources changed since the last build: building');
if (runTsc) {
  step('compiled TypeScript to dist/ (tsc, incremental)', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  const pruned = pruneCompiled();
  if (pruned) note(`removed ${pruned} compiled file(s) whose source is gone`);
}
if (runPrecompile) step('precompiled the spec validators to dist/spec/compiled/', 'dist/spec/precompile.js', []);
if (runUi) step('built the inspector and docs pages to dist/ui/', 'ui/build.mjs', []);
writeFileSync(STAMP, `${JSON.stringify(current, null, 2)}\n`);
if (!quiet) note(`wrote ${relative(ROOT, STAMP)}`);
