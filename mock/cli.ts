#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AddressInfo } from 'node:net';
import { createMockApp } from './app';
import { DEFAULT_FIXTURES_DIR } from '../fixtures/load';
import { createLogger, LOG_LEVELS, LogLevel } from './logger';
import { DEFAULT_OPTIONS, MockOptions } from './options';
import { DEFAULT_SCENARIOS_DIR } from './scenarios/load';
import { API_VERSIONS } from '../spec/api-versions';

const integer = (name: string, min = 0) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer of at least ${min}.`);
  return n;
};

const instant = (value: string) => {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected an ISO 8601 instant such as 2026-07-01T09:00:00Z.');
  return value;
};

/** The command line: flags (with MOCK_* environment fallbacks) become createMockApp options. */
export function buildCommand(): Command {
  return new Command('monaco-mock')
    .description("Mock server for Monaco's Create Opportunity endpoint (POST /v1/preview/opportunities).")
    .addOption(new Option('-p, --port <port>', 'port to listen on').default(4010).env('MOCK_PORT').argParser(integer('port')))
    .addOption(new Option('-H, --host <host>', 'interface to listen on').default('127.0.0.1').env('MOCK_HOST'))
    .addOption(new Option('-s, --seed <n>', 'seed for every generated value').default(DEFAULT_OPTIONS.seed).env('MOCK_SEED').argParser(integer('seed')))
    .addOption(new Option('-c, --clock <iso>', 'freeze time at this instant (default: the system clock)').env('MOCK_CLOCK').argParser(instant))
    .addOption(new Option('-f, --fixtures <dir>', 'directory of org fixture files').default(DEFAULT_FIXTURES_DIR, 'the embedded fixtures/orgs').env('MOCK_FIXTURES'))
    .addOption(new Option('-r, --references <mode>', 'check account, owner, tags and stage against the fixtures').choices(['lenient', 'strict']).default(DEFAULT_OPTIONS.references).env('MOCK_REFERENCES'))
    .addOption(new Option('--no-auth', 'accept requests without an API key, as the default user'))
    .addOption(new Option('--strict-slashes', 'answer unslashed collection paths with 307, as the live API does').default(false))
    .addOption(new Option('--profile <profile>', 'realistic fills summary, risks and custom fields; minimal leaves them empty').choices(['realistic', 'minimal']).default(DEFAULT_OPTIONS.profile).env('MOCK_PROFILE'))
    .addOption(new Option('--rate-limit <n>', 'requests per window per org').default(DEFAULT_OPTIONS.rateLimit.limit).argParser(integer('rate limit', 1)))
    .addOption(new Option('--rate-limit-window <seconds>', 'rate-limit window length').default(DEFAULT_OPTIONS.rateLimit.windowMs / 1000).argParser(integer('window', 1)))
    .addOption(new Option('--enforce-rate-limit', 'answer 429 past the limit (headers are always sent)').default(false))
    .addOption(new Option('--idempotency-ttl <seconds>', 'how long idempotency keys are remembered').default(DEFAULT_OPTIONS.idempotencyTtlMs / 1000).argParser(integer('TTL', 1)))
    .addOption(new Option('--body-limit <bytes>', 'largest accepted body; bigger answers 413').default(DEFAULT_OPTIONS.bodyLimit).argParser(integer('body limit', 1)))
    .addOption(new Option('--max-opportunities <n>', 'opportunities kept per session before the oldest are dropped (default: 50000, or enough for the data set)').argParser(integer('max', 1)))
    .addOption(new Option('--no-cors', 'do not answer CORS preflights or send CORS headers'))
    .addOption(new Option('-d, --dataset <name|dir>', 'start every session from a data set (fixtures/datasets/: default, empty-org, busy-pipeline, edge-cases) and use its orgs').env('MOCK_DATASET').conflicts('fixtures'))
    .addOption(new Option('--scenario <name>', 'activate a scenario in every session from the start (see fixtures/scenarios/)').env('MOCK_SCENARIO'))
    .addOption(new Option('--scenarios <dir>', 'directory of scenario files').default(DEFAULT_SCENARIOS_DIR, 'the shipped fixtures/scenarios').env('MOCK_SCENARIOS'))
    .addOption(new Option('--journal-limit <n>', 'requests journaled per session (0 turns the journal off)').default(DEFAULT_OPTIONS.journalLimit).argParser(integer('journal limit')))
    .addOption(new Option('--max-sessions <n>', 'X-Mock-Session partitions kept before the least recently used is dropped').default(DEFAULT_OPTIONS.maxSessions).argParser(integer('max sessions', 1)))
    .addOption(new Option('--no-admin', 'do not serve the admin API under /__admin'))
    .addOption(new Option('--api-version <date>', "the Monaco document to conform to: amounts, stage names and detail responses follow it").choices(API_VERSIONS).default(DEFAULT_OPTIONS.apiVersion).env('MOCK_API_VERSION'))
    .addOption(new Option('-l, --log-level <level>', 'log level').choices(LOG_LEVELS).default('info').env('MOCK_LOG_LEVEL'))
    .showHelpAfterError();
}

/** Parses argv into createMockApp options plus where to listen. */
export function parseArguments(argv: string[]): { options: MockOptions; port: number; host: string; logLevel: LogLevel } {
  const flags = buildCommand().parse(argv).opts();
  return {
    port: flags.port,
    host: flags.host,
    logLevel: flags.logLevel,
    options: {
      seed: flags.seed,
      clock: flags.clock,
      fixtures: flags.dataset ? undefined : flags.fixtures,
      references: flags.references,
      auth: flags.auth,
      strictSlashes: flags.strictSlashes,
      profile: flags.profile,
      rateLimit: { limit: flags.rateLimit, windowMs: flags.rateLimitWindow * 1000, enforce: flags.enforceRateLimit },
      idempotencyTtlMs: flags.idempotencyTtl * 1000,
      bodyLimit: flags.bodyLimit,
      maxOpportunities: flags.maxOpportunities,
      cors: flags.cors,
      dataset: flags.dataset,
      scenario: flags.scenario,
      scenarios: flags.scenarios,
      journalLimit: flags.journalLimit,
      maxSessions: flags.maxSessions,
      admin: flags.admin,
      apiVersion: flags.apiVersion,
    },
  };
}

/** A start-up failure: one plain line (or a few) on stderr, exit code 1. */
function fail(message: string): void {
  process.stderr.write(`monaco-mock: ${message}\n`);
  process.exitCode = 1;
}

function main(): void {
  const { options, port, host, logLevel } = parseArguments(process.argv);
  const logger = createLogger(logLevel);
  let app;
  try {
    app = createMockApp({ ...options, logger });
  } catch (error) {
    fail((error as Error).message);
    return;
  }
  const server = app.listen(port, host);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? `port ${port} is in use. Stop the other process or pass --port <another port>` : error.message;
    fail(`Failed to listen on ${host}:${port}: ${why}.`);
  });
  server.on('listening', () => {
    const address = server.address() as AddressInfo;
    const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
    const org = app.mock.directory.defaultOrg;
    const key = org.fixture.api_keys.find((k) => !k.revoked && k.access === 'read_write' && k.user_id === org.defaultUser.id);
    const account = org.fixture.accounts[0];
    logger.info(
      `Monaco Opportunities mock on ${url} (seed ${app.mock.options.seed}, references ${app.mock.options.references}, ` +
        `auth ${app.mock.options.auth ? 'on' : 'off'}, API version ${app.mock.options.apiVersion}, clock ${app.mock.clock.frozen ? new Date(app.mock.clock.now()).toISOString() : 'system'}` +
        `${app.mock.options.scenario ? `, scenario ${app.mock.options.scenario}` : ''}` +
        `${app.mock.sessions.baseline.name ? `, data set ${app.mock.sessions.baseline.name} (${app.mock.sessions.baseline.opportunities.length} opportunities)` : ''}, admin ${app.mock.options.admin ? `${url}/__admin` : 'off'})`,
    );
    if (account) {
      logger.info(
        `Try: curl -s ${url}/v1/preview/opportunities -H 'Authorization: Bearer ${key?.key ?? 'mks_<48 characters>'}' ` +
          `-H 'Content-Type: application/json' -d '{"name":"${account.name} - Enterprise License","account_id":"${account.id}"}'`,
      );
    }
  });
  const stop = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) main();
