#!/usr/bin/env node
/**
 * npm run contracts:compat [pact files or folders] — the static compatibility check of the pacts in
 * contracts/pacts/ against spec/openapi.yaml and Monaco's published spec.
 *
 * swagger-mock-validator is ESM-only, hence this ESM entry. The check itself is TypeScript
 * (contracts/compat/*.ts), loaded from source: each .ts file is transpiled on require with the project's
 * TypeScript (the whole project is isolatedModules-safe; `npm run typecheck` type-checks it), so the script
 * never runs a stale build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SwaggerMockValidatorFactory } from '@pactflow/swagger-mock-validator';

const require = createRequire(import.meta.url);
const ts = require('typescript');
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
  });
  module._compile(outputText, filename);
};

const { runCompat } = require('./index.ts');
const validator = SwaggerMockValidatorFactory.create();
process.exitCode = await runCompat(process.argv.slice(2), (options) => validator.validate(options), (text) => console.log(text));
