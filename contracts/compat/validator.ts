import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Validate } from './check';
import type { SmvOutcome } from './judge';

const PACKAGE = '@pactflow/swagger-mock-validator';

/** swagger-mock-validator, loaded: its `validate` and its name and version, for the report. */
export interface LoadedValidator {
  validate: Validate;
  name: string;
}

/**
 * A real `import()`. swagger-mock-validator is ESM-only, and its bundle cannot be `require()`d (Node 20's
 * require(esm) trips on its CommonJS-interop code), while TypeScript compiles `import()` in this CommonJS
 * package to `require()`; a function made at run time keeps Node's own dynamic import.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** The package.json of the package whose entry file is `entry`. */
function manifestOf(entry: string): { name: string; version: string } {
  for (let dir = dirname(entry); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (manifest.name === PACKAGE) return manifest as { name: string; version: string };
    }
  }
  return { name: PACKAGE, version: 'unknown' };
}

/** Thrown when swagger-mock-validator is not installed; the message says why that happens and what to do. */
export class ValidatorMissingError extends Error {
  override name = 'ValidatorMissingError';
}

/** Where the package manager put swagger-mock-validator's entry file. */
function resolveEntry(): string {
  try {
    return require.resolve(PACKAGE);
  } catch {
    throw new ValidatorMissingError(
      `The static compatibility check needs ${PACKAGE} (14.5.0), an optional dependency of monaco-opportunities-mock, and it is not installed. ` +
        'Its postinstall script (patch-package) fails when CI or NODE_ENV=test is set, so npm skips it there. ' +
        `Let it install without that script: with npm 11.19 or later, add "allowScripts": {"${PACKAGE}": false} to your package.json and install again; ` +
        'with pnpm it installs as is (dependency scripts are off by default); otherwise install with --ignore-scripts.',
    );
  }
}

/** Loads swagger-mock-validator (an optional dependency of the kit), wherever the package manager put it. */
export async function loadValidator(): Promise<LoadedValidator> {
  const entry = resolveEntry();
  const { SwaggerMockValidatorFactory } = (await importModule(pathToFileURL(entry).href)) as {
    SwaggerMockValidatorFactory: { create(): { validate(options: Parameters<Validate>[0]): Promise<SmvOutcome> } };
  };
  const validator = SwaggerMockValidatorFactory.create();
  return { validate: (options) => validator.validate(options), name: `swagger-mock-validator ${manifestOf(entry).version}` };
}
