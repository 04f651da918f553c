import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PrecompiledMeta } from './contract-model';
import { fromRoot } from './paths';
import type { ValidateFunction } from './validators';

/** Where the build writes precompiled contracts. */
export const PRECOMPILED_DIR = fromRoot('dist', 'spec', 'compiled');

export type { PrecompiledMeta } from './contract-model';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The artifact paths of a spec file. */
export function artifactPaths(file: string): { code: string; meta: string } {
  const name = basename(file).replace(/\.(ya?ml|json)$/, '');
  return { code: join(PRECOMPILED_DIR, `${name}.js`), meta: join(PRECOMPILED_DIR, `${name}.meta.json`) };
}

/**
 * The build's precompiled contract of a spec file, if it exists and every source it came from is
 * unchanged; otherwise `undefined` (the caller compiles from the YAML).
 */
export function loadPrecompiled(file: string): { meta: PrecompiledMeta; validators: Map<string, ValidateFunction> } | undefined {
  const paths = artifactPaths(file);
  if (!existsSync(paths.meta) || !existsSync(paths.code)) return undefined;
  const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as PrecompiledMeta;
  for (const [name, hash] of Object.entries(meta.sources)) {
    const source = join(dirname(file), name);
    if (!existsSync(source) || sha256(readFileSync(source, 'utf8')) !== hash) return undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(paths.code) as Record<string, ValidateFunction>;
  return { meta, validators: new Map(Object.entries(meta.exports).map(([pointer, name]) => [pointer, module[name]])) };
}
