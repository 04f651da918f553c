import type { VerifierOptions } from '@pact-foundation/pact';
import type { Request, Response, NextFunction } from 'express';
import { startMock, RunningMock } from '../../mock/adapters/node/in-process';
import type { ApiVersion } from '../../spec/api-versions';
import { pactModule } from '../kit/pact';
import { PROVIDER_NAME, stateParamProblems } from '../kit/states';
import { pactSources } from '../compat/pact-file';
import { statesUsed, type StateUse } from './pacts';
import { stateDocs, stateHandlers } from './states';

/** Options of a provider verification. */
export interface VerifyOptions {
  /** The pacts to verify: files, folders of `*.json` pacts, or http(s) URLs. At least one. */
  pacts: string[];
  /** Verify a deployment instead of the in-process mock; provider states are then skipped. */
  providerBaseUrl?: string;
  /** The API key to send to that deployment, in place of the one each pact request carries. */
  apiKey?: string;
  /** The Monaco document the in-process mock answers as (`--api-version`). Default the newest. */
  apiVersion?: ApiVersion;
  /** The verifier's log level. Default `warn`. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
  /** Where progress lines go. Default stderr. */
  log?: (line: string) => void;
}

/** Thrown when the pacts use provider states the verification cannot set up, or without the parameters they need. */
export class UnknownStateError extends Error {
  override name = 'UnknownStateError';
}

/**
 * Every use of a known parametrised state whose parameters are missing or ill-typed. pact-js only logs a state
 * handler's failure and verifies on (pact-js#631): a pact whose state was never set up would pass. Checked
 * before anything runs, and before a deployment is verified too.
 */
function stateParamErrors(used: Map<string, StateUse[]>): string[] {
  return [...used].flatMap(([name, uses]) =>
    uses.flatMap(({ where, params }) => {
      const problems = stateParamProblems(name, params);
      return problems.length ? [`  - "${name}" in ${where}: ${problems.join('; ')}`] : [];
    }),
  );
}

/** Replaces the API key of each pact request that carries one (a deployment has its own keys). */
function replaceApiKey(apiKey: string) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.headers.authorization) req.headers.authorization = `Bearer ${apiKey}`;
    if (req.headers['x-monaco-api-key']) req.headers['x-monaco-api-key'] = apiKey;
    next();
  };
}

/** Thrown when there is nothing to verify, or a pact named cannot be read. */
export class NoPactsError extends Error {
  override name = 'NoPactsError';
}

/**
 * Verifies pacts against the mock started in this process (with state handlers that reuse its fixtures and
 * scenarios), or against any deployment. Resolves when every interaction verifies; rejects with the
 * verifier's findings otherwise. Needs @pact-foundation/pact (a PactMissingError says how to install it).
 */
export async function verifyPacts(options: VerifyOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { Verifier } = pactModule('Provider verification (monaco-contracts verify)');
  let pactUrls: string[];
  let used: Map<string, StateUse[]>;
  try {
    pactUrls = pactSources(options.pacts);
    used = statesUsed(pactUrls);
  } catch (error) {
    throw new NoPactsError((error as Error).message);
  }
  const badParams = stateParamErrors(used);
  if (badParams.length) {
    throw new UnknownStateError(
      `The pacts give provider states without the parameters they need (the state would not be set up, and pact-js would verify on):\n${badParams.join('\n')}\n` +
        'Give each state its parameters (the kit\'s providerStates.* builders write them).',
    );
  }
  let mock: RunningMock | undefined;
  try {
    if (options.providerBaseUrl) {
      if (used.size) log(`warning: provider states are skipped against ${options.providerBaseUrl}; the data they describe must already exist there: ${[...used.keys()].join('; ')}`);
    } else {
      mock = await startMock({ clock: '2026-07-01T09:00:00Z', apiVersion: options.apiVersion });
      const known = new Set(stateDocs(mock).map((s) => s.name));
      const unknown = [...used].filter(([name]) => !known.has(name));
      if (unknown.length) {
        throw new UnknownStateError(
          `The pacts use provider states this verification does not know:\n${unknown.map(([name, uses]) => `  - "${name}" (${uses.map((u) => u.where).join('; ')})`).join('\n')}\n` +
            `Supported states (docs/contracts.md, "Provider states"):\n${[...known].map((name) => `  - ${name}`).join('\n')}`,
        );
      }
    }
    const running = mock;
    log(`verifying ${pactUrls.length} pact(s) against ${options.providerBaseUrl ?? `the mock at ${running!.url}`}`);
    // pact-js types `stateHandlers` as HTTP and message handlers at once (an intersection no object fits); the
    // HTTP form is what its proxy calls, so the options are passed as VerifierOptions.
    await new Verifier(({
      provider: PROVIDER_NAME,
      providerBaseUrl: options.providerBaseUrl ?? running!.url,
      pactUrls,
      logLevel: options.logLevel ?? 'warn',
      failIfNoPactsFound: true,
      ...(running
        ? { stateHandlers: stateHandlers(running), beforeEach: async () => running.reset(), afterEach: async () => running.reset() }
        : {}),
      ...(options.apiKey ? { requestFilter: replaceApiKey(options.apiKey) } : {}),
    } as unknown) as VerifierOptions).verifyProvider();
  } finally {
    await mock?.close();
  }
}

/** The verifier's failure as a short summary (it rejects with its whole JSON report as the message). */
export function failureSummary(error: Error): string {
  try {
    const report = JSON.parse(error.message) as { errors?: { interaction: string; mismatch?: { mismatches?: { mismatch: string; path?: string }[] } }[] };
    const lines = (report.errors ?? []).map(
      (e) => `  - ${e.interaction}: ${(e.mismatch?.mismatches ?? []).map((m) => (m.path ? `${m.path} ${m.mismatch}` : m.mismatch)).join('; ')}`,
    );
    return `${lines.length} interaction(s) failed (details above):\n${lines.join('\n')}`;
  } catch {
    return error.message;
  }
}
