#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { API_VERSIONS, LATEST_API_VERSION, type ApiVersion } from '../spec/api-versions';
import { kitVersion } from '../spec/paths';
import { runCompat } from './compat';
import { PactMissingError } from './kit/pact';
import { failureSummary, NoPactsError, UnknownStateError, verifyPacts } from './provider/verify';

/** Exit codes of `monaco-contracts`. */
export const CONTRACTS_EXIT = { ok: 0, failed: 1, couldNotRun: 2 } as const;

const collect = (value: string, all: string[] = []) => [...all, value];

/** The pacts of a subcommand: its arguments and its `--pact`s. */
const pactsOf = (args: string[], flags: { pact?: string[] }) => [...args, ...(flags.pact ?? [])];

const apiVersionOption = (what: string) => new Option('--api-version <date>', what).choices([...API_VERSIONS]).default(LATEST_API_VERSION);

const pactOption = (what: string) => new Option(`--pact <${what}>`, 'a pact (repeatable; the same as naming it as an argument)').argParser(collect);

/** `monaco-contracts verify`: the user's pacts against the mock (in process, with provider states) or a deployment. */
async function verify(
  args: string[],
  flags: { pact?: string[]; providerBaseUrl?: string; apiKey?: string; apiVersion: ApiVersion; logLevel: 'error' | 'warn' | 'info' | 'debug' },
): Promise<number> {
  process.env.PACT_DO_NOT_TRACK ??= 'true';
  const pacts = pactsOf(args, flags);
  if (pacts.length === 0) {
    process.stderr.write('monaco-contracts verify: name the pacts to verify (files, folders of *.json pacts, or URLs), e.g. monaco-contracts verify --pact pacts/\n');
    return CONTRACTS_EXIT.couldNotRun;
  }
  try {
    await verifyPacts({ pacts, providerBaseUrl: flags.providerBaseUrl, apiKey: flags.apiKey, apiVersion: flags.apiVersion, logLevel: flags.logLevel });
    process.stderr.write('provider verification passed\n');
    return CONTRACTS_EXIT.ok;
  } catch (error) {
    if (error instanceof PactMissingError || error instanceof NoPactsError) {
      process.stderr.write(`monaco-contracts verify could not run: ${error.message}\n`);
      return CONTRACTS_EXIT.couldNotRun;
    }
    const why = error instanceof UnknownStateError ? error.message : failureSummary(error as Error);
    process.stderr.write(`provider verification failed: ${why}\n`);
    return CONTRACTS_EXIT.failed;
  }
}

/** `monaco-contracts compat`: the user's pacts, statically, against the kit's spec and Monaco's published one. */
function compat(args: string[], flags: { pact?: string[]; apiVersion?: string }): Promise<number> {
  return runCompat(
    pactsOf(args, flags),
    {
      report: (text) => process.stdout.write(`${text}\n`),
      error: (text) => process.stderr.write(`${text}\n`),
    },
    { apiVersion: flags.apiVersion },
  );
}

/** The `monaco-contracts` command line; `done` receives the exit code of the subcommand that ran. */
export function buildCommand(done: (code: number) => void = (code) => (process.exitCode = code)): Command {
  const program = new Command('monaco-contracts')
    .description("Contract checks for consumers of Monaco's Create Opportunity API: verify your Pact files against the mock or a deployment, or check them statically against the spec.")
    .version(kitVersion(), '-V, --version', 'print the version and exit')
    .showHelpAfterError()
    .exitOverride();
  program
    .command('verify')
    .description(
      'Verify pacts against the mock, started in this process with its provider states, or against a deployment (--provider-base-url). ' +
        'Needs @pact-foundation/pact. Exit code 0 verified, 1 an interaction failed, 2 could not run.',
    )
    .argument('[pacts...]', 'pact files, folders of *.json pacts, or http(s) URLs')
    .addOption(pactOption('file|folder|url'))
    .option('--provider-base-url <url>', 'verify this deployment instead of the in-process mock (provider states are skipped)')
    .option('--api-key <key>', "the API key to send to that deployment in place of the pacts' own")
    .addOption(apiVersionOption('the Monaco document the in-process mock answers as'))
    .addOption(new Option('--log-level <level>', "the verifier's log level").choices(['error', 'warn', 'info', 'debug']).default('warn'))
    .action(async (args: string[], flags) => done(await verify(args, flags)));
  program
    .command('compat')
    .description(
      "Check pacts statically against the kit's spec (spec/openapi.yaml) and Monaco's published spec (spec/monaco/), with swagger-mock-validator in strict mode. " +
        'The report goes to stdout. Exit code 0 compatible, 1 not, 2 could not run.',
    )
    .argument('[pacts...]', 'pact files, or folders of *.json pacts')
    .addOption(pactOption('file|folder'))
    .addOption(apiVersionOption("the Monaco document to check against, besides the kit's spec"))
    .action(async (args: string[], flags) => done(await compat(args, flags)));
  return program;
}

async function main(): Promise<void> {
  try {
    await buildCommand().parseAsync(process.argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    process.exitCode = error.exitCode === 0 ? CONTRACTS_EXIT.ok : CONTRACTS_EXIT.couldNotRun;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`monaco-contracts: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = CONTRACTS_EXIT.couldNotRun;
  });
}
