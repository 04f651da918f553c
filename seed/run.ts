import { datasetOrg, loadDataset } from '../fixtures/datasets';
import { FixtureError } from '../fixtures/errors';
import { apiVersionInfo } from '../spec/api-versions';
import type { Org } from '../mock/core/state/directory';
import { EXIT, SeedError } from './errors';
import { generateRequests, requestProblems, SeedRequest } from './generate';
import { writeRequests } from './output';
import { resolveSeedOptions, ResolvedSeedOptions, SeedOptions } from './options';
import { createProgress } from './progress';
import { readTargetReferences } from './target-org';
import { ResultsLog } from './results';
import { sendRequests } from './send';
import { formatSummary, SummaryContext, Tally } from './summary';

/** Where a run writes: the summary to stdout (stderr when the requests go to stdout), progress and notes to stderr. */
export interface SeedIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** What a run did. */
export interface SeedReport {
  tally: Tally;
  /** Requests generated (and checked against the spec). */
  generated: number;
  /** The summary as printed. */
  summary: string;
  /** 0 all done, 1 failures or stopped, 130 interrupted (see EXIT). */
  exitCode: number;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The run's org: the target's own (`--references-from-target`: its references read through the API, close
 * dates around now; a failed read stops the run, exit 1), else the data set's (its errors made SeedErrors, exit 2).
 */
async function resolveOrg(options: ResolvedSeedOptions, io: SeedIO): Promise<{ org: Org; source: string; nowMs: number }> {
  if (options.referencesFromTarget) {
    const { org, counts } = await readTargetReferences(options.target!, options.apiKey!, { retry: options.retry, timeoutMs: options.timeoutMs, signal: options.signal });
    io.stderr.write(
      `Read ${org.name}'s references from ${options.target}: ${counts.accounts} accounts, ${counts.users} users, ${counts.tags} tags, ${counts.stages} stages, ${counts.customFields} custom fields.\n`,
    );
    return { org, source: 'references of the target', nowMs: options.clock ? Date.parse(options.clock) : Date.now() };
  }
  try {
    const dataset = loadDataset(options.dataset);
    return { org: datasetOrg(dataset, options.org), source: `data set ${dataset.name}`, nowMs: Date.parse(options.clock ?? dataset.clock) };
  } catch (error) {
    if (error instanceof FixtureError) throw new SeedError(error.message);
    throw error;
  }
}

/** The org's own key for its default user (read-write, not revoked), when its fixture lists one. */
function fixtureKey(org: Org): string | undefined {
  const usable = org.fixture.api_keys.filter((k) => !k.revoked && k.access === 'read_write');
  return (usable.find((k) => k.user_id === org.defaultUser.id) ?? usable[0])?.key;
}

/** The requests, each checked against OpportunityCreateRequest before it goes anywhere. */
function* checked(requests: Iterable<SeedRequest>): Generator<SeedRequest> {
  for (const request of requests) {
    const problems = requestProblems(request.body);
    if (problems.length) {
      throw new SeedError(
        `Generated request ${request.index} does not fit OpportunityCreateRequest in spec/openapi.yaml: ${problems.join('; ')}. ` +
          "This is a bug in the kit's generator: please report it with the command you ran.",
        EXIT.failed,
      );
    }
    yield request;
  }
}

/**
 * Generates `count` realistic create requests for a data set's org and writes them (`out`), sends them
 * (`target`), or only checks them (`dryRun`). Sending is resumable (`results`), idempotent (every request
 * carries a key derived from the seed) and retried on 429, 5xx and network errors. Throws a SeedError for
 * options that cannot work (before anything is sent); otherwise reports what happened.
 */
export async function runSeed(options: SeedOptions, io: SeedIO = { stdout: process.stdout, stderr: process.stderr }): Promise<SeedReport> {
  const started = Date.now();
  const resolved = resolveSeedOptions(options);
  const { org, source, nowMs } = await resolveOrg(resolved, io);
  const about = `${org.name} (${source}, seed ${resolved.seed})`;
  const { amountUnit } = apiVersionInfo(resolved.apiVersion);
  const requests = () => checked(generateRequests(org, { count: resolved.count, seed: resolved.seed, nowMs, amountUnit }));
  const tally = new Tally();
  let generated = 0;
  const lines: string[] = [];

  if (resolved.dryRun) {
    for (const _request of requests()) generated++;
    lines.push(`Dry run: ${plural(generated, 'request')} for ${about} are valid against OpportunityCreateRequest in spec/openapi.yaml; nothing was written or sent (${Date.now() - started} ms).\n`);
  } else if (resolved.out) {
    generated = await writeRequests(requests(), resolved.out, resolved.format!, io.stdout);
    lines.push(`Wrote ${plural(generated, 'request')} for ${about} to ${resolved.out === '-' ? 'stdout' : resolved.out} as ${resolved.format} (${Date.now() - started} ms).\n`);
  }
  let exitCode: number = EXIT.ok;
  if (resolved.target && !resolved.dryRun) {
    const sent = await send(resolved, org, requests(), tally, io);
    exitCode = sent.exitCode;
    generated = resolved.count;
    lines.push(formatSummary(tally, { ...sent.context, elapsedMs: Date.now() - started }));
  }
  const summary = lines.join('');
  (resolved.out === '-' ? io.stderr : io.stdout).write(summary);
  return { tally, generated, summary, exitCode };
}

/** The sending half of a run: skips what the results file has, sends the rest. Returns the exit code and what the summary says. */
async function send(
  options: ResolvedSeedOptions,
  org: Org,
  requests: Iterable<SeedRequest>,
  tally: Tally,
  io: SeedIO,
): Promise<{ exitCode: number; context: Omit<SummaryContext, 'elapsedMs'> }> {
  const apiKey = options.apiKey || fixtureKey(org);
  if (!apiKey) throw new SeedError(`No API key: org ${org.name} lists none of its own. Pass --api-key <key> or set MONACO_API_KEY.`);
  if (!options.apiKey) io.stderr.write(`Using ${org.name}'s fixture key for ${org.defaultUser.first_name} ${org.defaultUser.last_name}; pass --api-key for another.\n`);
  const url = `${options.target!.replace(/\/+$/, '')}${options.path}`;
  const log = options.results ? new ResultsLog(options.results) : undefined;
  if (log?.unreadable) io.stderr.write(`Ignored ${log.unreadable} unreadable line(s) of ${log.file} (a run killed mid-write); their requests are sent again.\n`);
  const pending = function* () {
    for (const request of requests) {
      if (log?.done.has(request.key)) tally.skipped++;
      else yield request;
    }
  };
  const progress = createProgress(options.progress ?? (io.stderr.isTTY ? 'bar' : 'lines'), options.count, io.stderr);
  let stopped: string | undefined;
  let exitCode: number = EXIT.ok;
  try {
    await sendRequests(pending(), { url, apiKey, concurrency: options.concurrency, retry: options.retry, timeoutMs: options.timeoutMs, signal: options.signal }, {
      onResult(result) {
        log?.append(result);
        tally.add(result);
        progress.update(tally);
        options.onResult?.(result);
      },
      onRetry: (cause) => tally.retried(cause),
    });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    stopped = error.message;
    exitCode = error.exitCode;
  } finally {
    progress.stop();
    log?.close();
  }
  if (!stopped && options.signal?.aborted) {
    stopped = `interrupted. ${log ? `Rerun with --results ${log.file} to resume` : 'Rerun the same command to finish: what was created is replayed, not duplicated'}.`;
    exitCode = EXIT.interrupted;
  }
  if (exitCode === EXIT.ok && tally.failed > 0) exitCode = EXIT.failed;
  return { exitCode, context: { headline: `${plural(options.count, 'request')} for ${org.name} (seed ${options.seed}) to ${url}`, results: log?.file, stopped } };
}
