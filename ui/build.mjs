#!/usr/bin/env node
// npm run build:ui — the browser pages into dist/ui/, served under /__ui:
//   ui/{common,inspector,docs}/*.ts   transpiled to ES modules (type-checked by `npm run typecheck`, not here)
//   ui/{common,inspector,docs}/*.{html,css,svg}   copied
//   vendor/           Preact, its hooks, htm and Swagger UI from node_modules, with their licenses
// Bare imports ('preact', 'preact/hooks', 'htm') become /__ui/vendor/ URLs, so the pages need no import map,
// no bundler and no network. Only files whose source (or this script) changed are written, and files no
// source produces are removed: a build with nothing changed takes a few milliseconds.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const src = join(root, 'ui');
const out = join(root, 'dist', 'ui');
const modules = join(root, 'node_modules');
const self = fileURLToPath(import.meta.url);

const VENDOR_URLS = { preact: '/__ui/vendor/preact.mjs', 'preact/hooks': '/__ui/vendor/hooks.mjs', htm: '/__ui/vendor/htm.mjs' };
const BARE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(preact|preact\/hooks|htm)\2/g;
const withVendorUrls = (code, urls = VENDOR_URLS) => code.replace(BARE_IMPORT, (_m, head, q, name) => `${head}${q}${urls[name]}${q}`);
const withoutSourceMap = (code) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/** Every output file: where it goes, what it comes from, and how its text is made. */
const targets = [
  { to: 'vendor/preact.mjs', from: join(modules, 'preact/dist/preact.mjs'), make: withoutSourceMap },
  { to: 'vendor/hooks.mjs', from: join(modules, 'preact/hooks/dist/hooks.mjs'), make: (c) => withoutSourceMap(withVendorUrls(c, { preact: './preact.mjs' })) },
  { to: 'vendor/htm.mjs', from: join(modules, 'htm/dist/htm.mjs') },
  { to: 'vendor/swagger-ui-bundle.js', from: join(modules, 'swagger-ui-dist/swagger-ui-bundle.js'), make: withoutSourceMap },
  { to: 'vendor/swagger-ui.css', from: join(modules, 'swagger-ui-dist/swagger-ui.css'), make: (c) => c.replace(/\n?\/\*# sourceMappingURL=\S+ \*\/\s*$/, '\n') },
  { to: 'vendor/licenses/preact.txt', from: join(modules, 'preact/LICENSE') },
  { to: 'vendor/licenses/htm.txt', from: join(modules, 'htm/LICENSE') },
  { to: 'vendor/licenses/swagger-ui.txt', from: join(modules, 'swagger-ui-dist/LICENSE') },
  { to: 'vendor/licenses/swagger-ui-NOTICE.txt', from: join(modules, 'swagger-ui-dist/NOTICE') },
];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

let ts;
const transpile = (code, file) => {
  ts ??= createRequire(import.meta.url)('typescript');
  const { outputText, diagnostics } = ts.transpileModule(code, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, verbatimModuleSyntax: true },
  });
  if (diagnostics?.length) throw new Error(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
  return withVendorUrls(outputText);
};
const PAGES = ['common', 'inspector', 'docs']; // ui/tests and the tooling beside them are not served
for (const file of PAGES.flatMap((dir) => walk(join(src, dir)))) {
  const name = relative(src, file);
  if (name.endsWith('.ts') && !name.endsWith('.d.ts')) targets.push({ to: name.replace(/\.ts$/, '.js'), from: file, make: (c) => transpile(c, file) });
  else if (/\.(html|css|svg)$/.test(name)) targets.push({ to: name, from: file });
}

const scriptTime = statSync(self).mtimeMs;
let written = 0;
for (const { to, from, make } of targets) {
  if (!existsSync(from)) throw new Error(`build:ui: ${relative(root, from)} is missing. Run npm ci.`);
  const dest = join(out, to);
  if (existsSync(dest) && statSync(dest).mtimeMs >= Math.max(statSync(from).mtimeMs, scriptTime)) continue;
  const text = readFileSync(from, 'utf8');
  const made = make ? make(text) : text;
  const bare = /\bfrom\s*["'](?![./])([^"']+)["']/.exec(made);
  if ((to.endsWith('.mjs') || from.endsWith('.ts')) && bare) throw new Error(`build:ui: ${to} imports "${bare[1]}", which no browser resolves. Add it to VENDOR_URLS.`);
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, made);
  written++;
}
const expected = new Set(targets.map((t) => join(out, t.to)));
const stale = existsSync(out) ? walk(out).filter((file) => !expected.has(file)) : [];
for (const file of stale) rmSync(file);
if (written || stale.length) console.log(`build:ui: ${written} file(s) written, ${stale.length} removed in ${relative(root, out)}/`);
