import type { PipelineStage } from '../../../fixtures/types';
import type { ApiBehaviour } from '../../../spec/versions';
import type { Org } from '../state/directory';

/** How a stage is written, ignoring case and the `-`, `_` or space between words: `Closed Won` = `closed-won` = `closed_won`. */
export const normalizeStage = (value: string) => value.trim().toLowerCase().replace(/[\s_-]+/g, '_');

/** An org's pipeline, looked up by key or by label. */
export interface Pipeline {
  /** The stage a value names: its exact key, else its key or label written another way (see `normalizeStage`). */
  resolve(value: string | null | undefined): PipelineStage | undefined;
  /** The key a stored stage value stands for (keys and labels alike), or the value itself when it names no stage. */
  keyOf(value: string): string;
  /** A stage's place in the pipeline (0 first); past the last for a value that names no stage. */
  position(value: string): number;
  readonly stages: readonly PipelineStage[];
}

const pipelines = new WeakMap<object, Pipeline>();

/** The org's pipeline index, built once per org fixture. */
export function pipelineOf(org: Org): Pipeline {
  let pipeline = pipelines.get(org.fixture);
  if (pipeline) return pipeline;
  const stages = org.fixture.pipeline.stages;
  // Keys first, then labels as written (what responses store under 2026-08-19): the common lookups are exact.
  const exact = new Map(stages.map((s) => [s.key, s] as const));
  for (const s of stages) if (!exact.has(s.label)) exact.set(s.label, s);
  const loose = new Map<string, PipelineStage>();
  for (const s of stages) if (!loose.has(normalizeStage(s.key))) loose.set(normalizeStage(s.key), s);
  for (const s of stages) if (!loose.has(normalizeStage(s.label))) loose.set(normalizeStage(s.label), s);
  const positions = new Map(stages.map((s, i) => [s.key, i] as const));
  const resolve = (value: string | null | undefined) => (value == null ? undefined : exact.get(value) ?? loose.get(normalizeStage(value)));
  pipeline = {
    stages,
    resolve,
    keyOf: (value) => resolve(value)?.key ?? value,
    position: (value) => {
      const stage = resolve(value);
      return stage ? positions.get(stage.key)! : stages.length;
    },
  };
  pipelines.set(org.fixture, pipeline);
  return pipeline;
}

/**
 * The stage as a response writes it (decision D7 and `--api-version`): under 2026-07-31 exactly as sent; under
 * 2026-08-19, a stage of the pipeline by its label ("closed-won" → "Closed Won"), anything else as sent.
 */
export function presentStage(org: Org, stage: string, version: Pick<ApiBehaviour, 'stageNames'>): string {
  if (version.stageNames === 'key') return stage;
  return pipelineOf(org).resolve(stage)?.label ?? stage;
}

/**
 * Whether strict references accept a stage: under 2026-07-31 only an exact key; under 2026-08-19 (whose
 * examples send "Negotiation" and "closed-won") a key or a label, in any case and with `-`, `_` or spaces.
 */
export function knownStage(org: Org, stage: string, version: Pick<ApiBehaviour, 'stageNames'>): boolean {
  if (version.stageNames === 'key') return org.stages.has(stage);
  return pipelineOf(org).resolve(stage) !== undefined;
}
