#!/usr/bin/env node
// Generates spec/types/*.ts from the spec documents with openapi-typescript.
//   node spec/generate-types.mjs          write the files
//   node spec/generate-types.mjs --check  exit 1 (and say which) when a committed file is stale
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// --dir <folder> works on a copy of spec/ (the staleness test uses it); default: this folder.
const dirFlag = process.argv.indexOf('--dir');
const here = dirFlag > 0 ? process.argv[dirFlag + 1] : dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const TARGETS = [
  ['openapi.yaml', 'monaco.ts'],
  ['fixtures.yaml', 'fixtures.ts'],
  ['admin.yaml', 'admin.ts'],
];
const check = process.argv.includes('--check');
const stale = [];

for (const [source, target] of TARGETS) {
  const sourcePath = join(here, source);
  try {
    readFileSync(sourcePath);
  } catch {
    continue; // a document not written yet
  }
  const ast = await openapiTS(pathToFileURL(sourcePath), { alphabetize: false, defaultNonNullable: false });
  const text =
    `// Generated from spec/${source} by \`npm run gen:types\`. Do not edit: change the spec and regenerate.\n` +
    astToString(ast);
  const targetPath = join(here, 'types', target);
  let current = '';
  try {
    current = readFileSync(targetPath, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current === text) continue;
  if (check) {
    stale.push(relative(root, targetPath));
  } else {
    mkdirSync(dirname(targetPath), { recursive: true });
    writeFileSync(targetPath, text);
    console.log(`wrote ${relative(root, targetPath)}`);
  }
}
if (stale.length) {
  console.error(`Stale generated types: ${stale.join(', ')}. The spec changed; run \`npm run gen:types\` and commit the result.`);
  process.exit(1);
}
if (check) console.log('generated types are up to date');
