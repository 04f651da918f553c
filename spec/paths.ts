import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/**
 * The kit's package root (the folder holding its package.json), from source (`spec/`) or from the
 * build (`dist/spec/`) alike.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Failed to find the kit's package.json above ${__dirname}.`);
    dir = parent;
  }
  root = dir;
  return root;
}

/** An absolute path inside the kit, e.g. `fromRoot('spec', 'openapi.yaml')`. */
export function fromRoot(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

let version: string | undefined;

/** The kit's version, from its package.json (what `--version` and `/__admin/health` report). */
export function kitVersion(): string {
  version ??= (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/** The spec files the kit ships. */
export const SPEC_FILES = {
  /** Monaco's Create Opportunity endpoint: the single source of truth. */
  monaco: fromRoot('spec', 'openapi.yaml'),
  /** The mock's admin API (`/__admin`), scenarios, stubs and the journal. */
  admin: fromRoot('spec', 'admin.yaml'),
  /** Schemas of the fixture files. */
  fixtures: fromRoot('spec', 'fixtures.yaml'),
} as const;
