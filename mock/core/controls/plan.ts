import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import { sampleLatency } from './scenarios/latency';
import { stepFor } from './scenarios/registry';
import type { Fault, ForcedResponse, Step } from './scenarios/types';

/** What happens to one request before (or instead of) its handler. */
export interface Plan {
  /** Wait this long first. */
  delayMs: number;
  /** Break the connection instead of answering. */
  fault?: Fault;
  /** With `fault: timeout`, how long to hold the request. */
  timeoutMs?: number;
  /** Answer with this instead of running the handler (a 200 without an example still runs it). */
  respond?: ForcedResponse;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The step the request's own `Prefer` controls ask for (code, example, dynamic=false, fault, delay). */
function preferStep(ctx: RequestContext): Step | undefined {
  const { controls, operation } = ctx;
  const op = operation!;
  const applied = ctx.applied.preferences;
  let respond: ForcedResponse | undefined;
  if (controls.code !== undefined) {
    const response = op.responses.get(String(controls.code));
    if (!response) {
      throw new ApiError(404, 'not_found', `Prefer: code=${controls.code} is not a status ${op.operationId} declares in spec/openapi.yaml. Declared: ${[...op.responses.keys()].join(', ')}.`);
    }
    respond = { status: controls.code };
    applied.push(`code=${controls.code}`);
  }
  if (controls.example !== undefined) {
    const name = controls.example;
    const status = respond?.status ?? findExampleStatus(ctx, name);
    const examples = op.responses.get(String(status))?.examples ?? {};
    if (!Object.hasOwn(examples, name)) {
      throw new ApiError(404, 'not_found', `Prefer: example=${name} is not an example of ${op.operationId}'s ${status} response. Known: ${Object.keys(examples).join(', ') || 'none'}.`);
    }
    respond = { status, example: name };
    applied.push(`example=${name}`);
  }
  if (controls.dynamic !== undefined) {
    applied.push(`dynamic=${controls.dynamic}`);
    if (controls.dynamic === false && !respond?.example) {
      const status = respond?.status ?? lowestSuccess(ctx);
      const examples = Object.keys(op.responses.get(String(status))?.examples ?? {});
      if (examples.length) respond = { ...respond, status, example: examples[0] };
    }
  }
  if (controls.seed !== undefined) applied.push(`seed=${controls.seed}`);
  if (controls.delayMs !== undefined) applied.push(`delay=${controls.delayMs}`);
  if (controls.fault !== undefined) applied.push(`fault=${controls.fault}`);
  if (controls.scenario !== undefined && ctx.scenario) applied.push(`scenario=${controls.scenario}`);
  if (!respond && controls.fault === undefined && controls.delayMs === undefined) return undefined;
  return {
    respond,
    fault: controls.fault,
    ...(controls.delayMs !== undefined ? { latency: { distribution: 'fixed', ms: controls.delayMs } } : {}),
  };
}

function lowestSuccess(ctx: RequestContext): number {
  const codes = [...ctx.operation!.responses.keys()].filter((s) => /^2\d\d$/.test(s)).map(Number).sort();
  return codes[0] ?? 200;
}

/** `Prefer: example=<name>` without a code: the success response if it has the example, else whichever does. */
function findExampleStatus(ctx: RequestContext, name: string): number {
  const op = ctx.operation!;
  const success = lowestSuccess(ctx);
  if (Object.hasOwn(op.responses.get(String(success))?.examples ?? {}, name)) return success;
  for (const response of op.responses.values()) if (Object.hasOwn(response.examples, name)) return Number(response.status);
  return success;
}

/**
 * Decides what a request gets, most specific first: its own `Prefer` controls, then a one-shot stub queued
 * for its operation, then the active scenario's next step (which advances the scenario's sequence in this
 * session), then normal behaviour. Latency comes from the same source, else from the scenario.
 */
export function planRequest(ctx: RequestContext): Plan {
  const { session, scenario } = ctx;
  const operationId = ctx.operation!.operationId;
  let step = preferStep(ctx);
  const forcedByPrefer = step?.respond !== undefined || step?.fault !== undefined;
  if (!forcedByPrefer) {
    const stub = session.stubs.take(operationId);
    if (stub) {
      ctx.applied.stub = stub.id;
      step = { ...stub.step, latency: step?.latency ?? stub.step.latency };
    } else if (scenario) {
      const count = session.progress.get(scenario.name) ?? 0;
      session.progress.set(scenario.name, count + 1);
      const scenarioStep = stepFor(scenario, count);
      if (scenarioStep) step = { ...scenarioStep, latency: step?.latency ?? scenarioStep.latency };
    }
  }
  const latency = step?.latency ?? scenario?.latency;
  const delayMs = latency ? sampleLatency(latency, session.random) : 0;
  if (delayMs > 0) ctx.applied.delay_ms = delayMs;
  if (step?.fault) ctx.applied.fault = step.fault;
  return {
    delayMs,
    fault: step?.fault,
    timeoutMs: step?.fault === 'timeout' ? (step.timeout_ms ?? DEFAULT_TIMEOUT_MS) : undefined,
    respond: step?.respond,
  };
}
