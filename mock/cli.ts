#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { isIP } from 'node:net';
import { createNodeEngine } from './adapters/node/engine';
import { DEFAULT_FIXTURES_DIR } from '../fixtures/load';
import { kitVersion } from '../spec/paths';
import { applyConfig, ConfigFileError, loadConfigFile } from './adapters/node/config-file';
import { createLogger, LOG_LEVELS, LogLevel } from './adapters/node/logger';
import { DEFAULT_MAX_MEMORY_MB } from './core/state/budget';
import { serveFromCli } from './adapters/node/cli-serve';
import { isLoopback } from './core/http/hosts';
import { parseInstant } from './core/state/instant';
import { DEFAULT_OPTIONS, MockOptions } from './core/options';
import { quickStart } from './core/quick-start';
import { DEFAULT_SERVE, ServeOptions } from './adapters/express/serve';
import { DEFAULT_SCENARIOS_DIR } from './adapters/node/scenario-files';
import { API_VERSIONS } from '../spec/api-versions';

const integer = (name: string, min = 0, max = Number.MAX_SAFE_INTEGER) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw new InvalidArgumentError(`${name} must be an integer ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}.`);
  }
  return n;
};

const instant = (value: string) => {
  const parsed = parseInstant(value);
  if (typeof parsed === 'string') throw new InvalidArgumentError(parsed);
  return value;
};

const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** The command line: flags (with MOCK_* environment fallbacks) become createMockApp options. */
export function buildCommand(): Command {
  return new Command('monaco-mock')
    .description("Mock server for Monaco's Create Opportunity endpoint (POST /v1/preview/opportunities).")
    .addOption(new Option('-p, --port <port>', 'port to listen on').default(4010).env('MOCK_PORT').argParser(integer('port', 0, 65535)))
    .addOption(new Option('-H, --host <host>', 'interface to listen on').default(DEFAULT_SERVE.host).env('MOCK_HOST'))
    .addOption(new Option('-s, --seed <n>', 'seed for every generated value').default(DEFAULT_OPTIONS.seed).env('MOCK_SEED').argParser(integer('seed', 0, 2 ** 32 - 1)))
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
    .addOption(new Option('--max-memory-mb <mb>', "memory budget for every session's records; the oldest are evicted past it").default(DEFAULT_MAX_MEMORY_MB).env('MOCK_MAX_MEMORY_MB').argParser(integer('memory budget', 16)))
    .addOption(new Option('--no-admin', 'do not serve the admin API under /__admin'))
    .addOption(new Option('--admin-token <token>', 'require Authorization: Bearer <token> on /__admin (needed to listen beyond loopback with the admin API on)').env('MOCK_ADMIN_TOKEN'))
    .addOption(new Option('--admin-origins <origins>', 'comma-separated browser origins besides its own that may call /__admin').env('MOCK_ADMIN_ORIGINS').argParser(list))
    .addOption(new Option('--allowed-hosts <names>', 'comma-separated Host names to answer besides localhost, *.localhost and IPs (.domain for subdomains)').env('MOCK_ALLOWED_HOSTS').argParser(list))
    .addOption(new Option('--redact <names>', 'comma-separated header, query or body-field names to redact in the journal, besides the documented ones').argParser(list))
    .addOption(new Option('--headers-timeout-ms <ms>', 'request headers must arrive within this').default(DEFAULT_SERVE.headersTimeoutMs).argParser(integer('headers timeout', 1000)))
    .addOption(new Option('--request-timeout-ms <ms>', 'a whole request, body included, must arrive within this').default(DEFAULT_SERVE.requestTimeoutMs).argParser(integer('request timeout', 1000)))
    .addOption(new Option('--shutdown-grace-ms <ms>', 'on SIGTERM/SIGINT, requests in flight get this long to finish').default(DEFAULT_SERVE.shutdownGraceMs).argParser(integer('shutdown grace', 0)))
    .addOption(new Option('--api-version <date>', "the Monaco document to conform to: amounts, stage names and detail responses follow it").choices(API_VERSIONS).default(DEFAULT_OPTIONS.apiVersion).env('MOCK_API_VERSION'))
    .addOption(new Option('-l, --log-level <level>', 'log level').choices(LOG_LEVELS).default('info').env('MOCK_LOG_LEVEL'))
    .addOption(new Option('--config <file>', 'read options from this file (default: monaco-mock.config.json or an rc form, found from here up to the project root)'))
    .version(kitVersion(), '-V, --version', 'print the version and exit')
    .addHelpText('after', '\nEvery option can be set in monaco-mock.config.json by its long name ("rate-limit": 5, "auth": false); flags and MOCK_* variables override the file.')
    .configureOutput({ outputError: (text, write) => write(`monaco-mock: ${text.replace(/^error: /, '').trim()} (see --help)\n`) });
}

/**
 * Parses argv, over the config file (named with --config, or found from `cwd`), into createMockApp options
 * plus where to listen. Throws a ConfigFileError for a config file it cannot use.
 */
export function parseArguments(
  argv: string[],
  { cwd = process.cwd() }: { cwd?: string } = {},
): { options: MockOptions; port: number; host: string; logLevel: LogLevel; serve: ServeOptions; configFile?: string } {
  const command = buildCommand().parse(argv);
  const loaded = loadConfigFile({ file: command.getOptionValue('config'), cwd });
  if (loaded) applyConfig(command, loaded);
  const flags = command.opts();
  return {
    configFile: loaded?.file,
    port: flags.port,
    host: flags.host,
    logLevel: flags.logLevel,
    serve: { headersTimeoutMs: flags.headersTimeoutMs, requestTimeoutMs: flags.requestTimeoutMs, shutdownGraceMs: flags.shutdownGraceMs },
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
      maxMemoryMb: flags.maxMemoryMb,
      admin: flags.admin,
      adminToken: flags.adminToken,
      adminOrigins: flags.adminOrigins,
      // A name the mock listens on is one it answers to.
      allowedHosts: [...(flags.allowedHosts ?? []), ...(isIP(flags.host) || isLoopback(flags.host) ? [] : [flags.host])],
      redact: flags.redact,
      apiVersion: flags.apiVersion,
    },
  };
}

/** A start-up failure: one plain line (or a few) on stderr, exit code 1. */
function fail(message: string): void {
  process.stderr.write(`monaco-mock: ${message}\n`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArguments(process.argv);
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    fail(`invalid config file ${error.message}`);
    return;
  }
  const { options, port, host, logLevel, serve, configFile } = parsed;
  const logger = createLogger(logLevel);
  let engine;
  try {
    engine = createNodeEngine({ ...options, logger });
  } catch (error) {
    fail((error as Error).message);
    return;
  }
  const served = await serveFromCli(engine, { ...serve, port, host }, logger, fail);
  if (!served) return;
  const { url } = served;
  const mock = engine.runtime;
  const quick = quickStart(mock, url);
  logger.info(
    `Monaco Opportunities mock on ${url} (seed ${mock.options.seed}, references ${mock.options.references}, ` +
      `auth ${mock.options.auth ? 'on' : 'off'}, API version ${mock.options.apiVersion}, clock ${mock.clock.frozen ? new Date(mock.clock.now()).toISOString() : 'system'}` +
      `${mock.options.scenario ? `, scenario ${mock.options.scenario}` : ''}` +
      `${mock.sessions.baseline.name ? `, data set ${mock.sessions.baseline.name} (${mock.sessions.baseline.opportunities.length} opportunities)` : ''}, admin ${adminState(mock.options, url)}` +
      `${configFile ? `, config ${configFile}` : ''})`,
  );
  logger.info(`${mock.options.admin ? `Inspector: ${url}/__inspector · ` : ''}API docs: ${url}/docs`);
  if (quick) logger.info(`Try: ${quick.curl}`);
}

/** How the start-up line names the admin API: off, open to this machine's pages, or locked by the token. */
function adminState(options: { admin: boolean; adminToken?: string }, url: string): string {
  if (!options.admin) return 'off';
  return `${url}/__admin${options.adminToken ? ' (locked: send the admin token as Authorization: Bearer <token>)' : ''}`;
}

if (require.main === module) void main();
