#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { listDatasets } from '../fixtures/datasets';
import { API_VERSIONS } from '../spec/api-versions';
import { kitVersion } from '../spec/paths';
import { EXIT, SeedError } from './errors';
import { SEED_DEFAULTS, SeedOptions } from './options';
import { DEFAULT_RETRY } from './retry';
import { runSeed } from './run';

const whole = (name: string, min: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number of at least ${min}.`);
  return n;
};

const nonNegative = (name: string) => (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a number of 0 or more.`);
  return n;
};

/** The `monaco-seed` command line. */
export function buildCommand(): Command {
  return new Command('monaco-seed')
    .description(
      'Generates realistic Create Opportunity requests for a data set\'s org and writes them (--out), sends them (--target) or checks them (--dry-run).\n' +
        'Every request carries an idempotency_key derived from --seed, so a rerun never duplicates; --results makes an interrupted run resumable.',
    )
    .addOption(new Option('-n, --count <n>', 'how many create requests').default(SEED_DEFAULTS.count).argParser(whole('--count', 1)))
    .addOption(new Option('-s, --seed <n>', 'seeds the requests and their idempotency keys').default(SEED_DEFAULTS.seed).argParser(whole('--seed', 0)))
    .addOption(new Option('-d, --dataset <name|dir>', 'data set whose accounts, owners, tags, stages and custom fields the requests use').default(SEED_DEFAULTS.dataset))
    .addOption(new Option('--org <id|name>', "org of the data set (default: the set's default org)"))
    .addOption(new Option('--clock <iso>', "close dates are spread around this instant (default: the data set's clock)"))
    .addOption(new Option('--api-version <date>', "the target's Monaco API version: amounts are written in its unit (minor units for 2026-07-31)").choices(API_VERSIONS).default(SEED_DEFAULTS.apiVersion))
    .addOption(new Option('-o, --out <file>', "write the requests to this file ('-' for stdout)"))
    .addOption(new Option('-f, --format <format>', 'how --out writes them (default: json for a .json file, else ndjson)').choices(['json', 'ndjson']))
    .addOption(new Option('-t, --target <url>', 'send them to this base URL, e.g. http://127.0.0.1:4010'))
    .addOption(new Option('--references-from-target', "read the accounts, users, tags, stages and custom fields from --target (with --api-key), so the requests use that environment's ids"))
    .addOption(new Option('-k, --api-key <key>', "sent as Authorization: Bearer (default: the org's fixture key)").env('MONACO_API_KEY'))
    .addOption(new Option('--path <path>', 'the create path under --target').default(SEED_DEFAULTS.path))
    .addOption(new Option('-c, --concurrency <n>', 'requests in flight at most').default(SEED_DEFAULTS.concurrency).argParser(whole('--concurrency', 1)))
    .addOption(new Option('-r, --results <file>', 'record every answer (NDJSON); a rerun with it skips what was created'))
    .addOption(new Option('--max-retries <n>', 'retries of 429, 5xx and network errors per request').default(DEFAULT_RETRY.maxRetries).argParser(whole('--max-retries', 0)))
    .addOption(new Option('--retry-delay-scale <x>', 'multiply every retry wait by this (0.01 for tests)').default(DEFAULT_RETRY.scale).argParser(nonNegative('--retry-delay-scale')))
    .addOption(new Option('--max-retry-delay <ms>', 'the longest single retry wait').default(DEFAULT_RETRY.maxDelayMs).argParser(whole('--max-retry-delay', 0)))
    .addOption(new Option('--timeout <ms>', 'how long one attempt may take').default(SEED_DEFAULTS.timeoutMs).argParser(whole('--timeout', 1)))
    .addOption(new Option('--dry-run', 'generate and check every request against the spec; write and send nothing'))
    .addOption(new Option('--list-datasets', 'list the data sets and exit'))
    .version(kitVersion(), '-V, --version', 'print the version and exit')
    .showHelpAfterError('(monaco-seed --help lists every option)')
    .exitOverride();
}

/** Parses argv into runSeed options (`undefined` for --list-datasets). Throws a CommanderError for bad flags. */
export function parseSeedArguments(argv: string[], command: Command = buildCommand()): SeedOptions | undefined {
  const flags = command.parse(argv).opts();
  if (flags.listDatasets) return undefined;
  return {
    count: flags.count,
    seed: flags.seed,
    dataset: flags.dataset,
    org: flags.org,
    clock: flags.clock,
    apiVersion: flags.apiVersion,
    out: flags.out,
    format: flags.format,
    target: flags.target,
    referencesFromTarget: flags.referencesFromTarget ?? false,
    apiKey: flags.apiKey,
    path: flags.path,
    concurrency: flags.concurrency,
    results: flags.results,
    dryRun: flags.dryRun ?? false,
    retry: { maxRetries: flags.maxRetries, scale: flags.retryDelayScale, maxDelayMs: flags.maxRetryDelay },
    timeoutMs: flags.timeout,
  };
}

async function main(): Promise<number> {
  let options: SeedOptions | undefined;
  try {
    options = parseSeedArguments(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  if (!options) {
    for (const set of listDatasets()) process.stdout.write(`${set.name.padEnd(15)} ${set.description}\n`);
    return EXIT.ok;
  }
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nStopping (Ctrl-C again to quit at once)…\n');
    interrupt.abort();
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  });
  return (await runSeed({ ...options, signal: interrupt.signal })).exitCode;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const known = error instanceof SeedError;
      process.stderr.write(`monaco-seed: ${known ? '' : 'unexpected error: '}${(error as Error).message ?? String(error)}${known ? '' : ' Please report it with the command you ran.'}\n`);
      process.exitCode = known ? error.exitCode : EXIT.failed;
    },
  );
}
