import type { Command, Option } from 'commander';
import { lilconfigSync, type LilconfigResult, type LoaderSync } from 'lilconfig';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadContract } from '../../../spec/contract';
import { SPEC_FILES } from '../../../spec/paths';
import type { components } from '../../../spec/types/fixtures';

/** The `monaco-mock` config file: `MockConfig` of spec/fixtures.yaml. */
export type MockConfig = components['schemas']['MockConfig'];

/** The name the rc forms are made of. */
export const CONFIG_NAME = 'monaco-mock';

/**
 * Where the config file is looked for, in this order, in the current folder and the folders above it up to
 * the project's root (the nearest folder with a package.json): the first one found is used.
 */
export const CONFIG_SEARCH_PLACES = [
  `${CONFIG_NAME}.config.json`,
  `.${CONFIG_NAME}rc`,
  `.${CONFIG_NAME}rc.json`,
  `.config/${CONFIG_NAME}rc`,
  `.config/${CONFIG_NAME}rc.json`,
  `${CONFIG_NAME}.config.js`,
  `${CONFIG_NAME}.config.cjs`,
  `.${CONFIG_NAME}rc.js`,
  `.${CONFIG_NAME}rc.cjs`,
  'package.json',
];

/** Keys whose value is a path: relative ones are relative to the config file, not to the current folder. */
const PATH_KEYS = ['fixtures', 'scenarios'] as const;
/** A data set given by name (a folder of fixtures/datasets/); anything else is a path. */
const DATASET_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** A config file that cannot be used: the message is one line naming the file, the key and the reason. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/** A config file found (or named with --config), its values checked against MockConfig. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  config: MockConfig;
}

const shown = (file: string) => {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
};

/** JSON, with the parser's reason when it is not. */
const jsonLoader: LoaderSync = (file, content) => {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigFileError(`${shown(file)}: not valid JSON (${(error as Error).message}).`);
  }
};

/** The folder the search stops at: the nearest one above `cwd` holding a package.json, else `cwd` itself. */
function projectRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** One line for the schema's verdict: each failing key and why. */
function problems(config: unknown): string | undefined {
  const validate = loadContract(SPEC_FILES.fixtures).compiler.schema('MockConfig');
  if (validate(config)) return undefined;
  const known = Object.keys(loadContract(SPEC_FILES.fixtures).compiler.schemaObject('MockConfig').properties ?? {});
  return (validate.errors ?? [])
    .map((e) => {
      if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        return `"${key}" is not an option (the keys are monaco-mock's long option names: ${known.join(', ')})`;
      }
      if (e.instancePath === '') return `the file must hold a JSON object of options (${e.message})`;
      const key = e.instancePath.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
      const allowed = 'allowedValues' in e.params ? `: ${(e.params.allowedValues as unknown[]).join(', ')}` : '';
      return `"${key}" ${e.message}${allowed}`;
    })
    .join('; ');
}

/** Relative paths in the file are relative to the file. */
function withResolvedPaths(config: MockConfig, file: string): MockConfig {
  const base = dirname(file);
  const resolved: MockConfig = { ...config };
  for (const key of PATH_KEYS) if (resolved[key] !== undefined) resolved[key] = resolve(base, resolved[key]);
  if (resolved.dataset !== undefined && !DATASET_NAME.test(resolved.dataset)) resolved.dataset = resolve(base, resolved.dataset);
  return resolved;
}

/**
 * Reads the config file: the one named (`--config <file>`), else the first of CONFIG_SEARCH_PLACES found from
 * `cwd` up to the project's root. `undefined` when there is none. Throws a ConfigFileError (one line) when the
 * file cannot be read or breaks MockConfig.
 */
export function loadConfigFile(options: { file?: string; cwd?: string } = {}): LoadedConfig | undefined {
  const cwd = options.cwd ?? process.cwd();
  const searcher = lilconfigSync(CONFIG_NAME, {
    searchPlaces: CONFIG_SEARCH_PLACES,
    stopDir: projectRoot(cwd),
    cache: false,
    loaders: { '.json': jsonLoader, noExt: jsonLoader },
  });
  let found: LilconfigResult;
  const named = options.file === undefined ? undefined : resolve(cwd, options.file);
  try {
    found = named === undefined ? searcher.search(cwd) : searcher.load(named);
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    const where = named ?? cwd;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message.split('\n')[0];
    throw new ConfigFileError(`${named ? shown(where) : `the config file found from ${where}`}: ${reason}.`);
  }
  if (!found) return undefined;
  const file = found.filepath;
  if (found.isEmpty || found.config === undefined) {
    if (named) throw new ConfigFileError(`${shown(file)}: the file is empty; write a JSON object of options, e.g. {"port": 4010}.`);
    return undefined;
  }
  const problem = problems(found.config);
  if (problem) throw new ConfigFileError(`${shown(file)}: ${problem}.`);
  return { file, config: withResolvedPaths(found.config as MockConfig, file) };
}

/** The config key of a command-line option: its long name, without `no-` for a negatable flag. */
export function configKey(option: Option): string {
  const name = option.long!.slice(2);
  return option.negate ? name.replace(/^no-/, '') : name;
}

/** Options that are not settings, hence not config keys. */
export const NOT_CONFIGURABLE = ['help', 'version', 'config'];

/**
 * Applies a config file's values to a parsed command: each becomes the option's value unless a flag or an
 * environment variable set it (flags and MOCK_* variables override the file).
 */
export function applyConfig(command: Command, { config, file }: LoadedConfig): void {
  const byKey = new Map(command.options.filter((o) => o.long).map((o) => [configKey(o), o]));
  for (const [key, value] of Object.entries(config)) {
    const option = byKey.get(key);
    if (!option) throw new ConfigFileError(`${shown(file)}: "${key}" is not an option of this monaco-mock.`);
    const name = option.attributeName();
    const source = command.getOptionValueSource(name);
    if (source === undefined || source === 'default') command.setOptionValueWithSource(name, value, 'config');
  }
  const sources: Record<string, string> = { cli: 'a flag', env: 'the environment', config: 'the file' };
  const from = (name: string): string | undefined => sources[command.getOptionValueSource(name) ?? ''];
  if (command.getOptionValue('dataset') !== undefined && from('fixtures')) {
    throw new ConfigFileError(
      `${shown(file)}: "dataset" (from ${from('dataset')}) and "fixtures" (from ${from('fixtures')}) cannot be used together: a data set brings its own orgs.`,
    );
  }
}
