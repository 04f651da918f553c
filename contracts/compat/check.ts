import { writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readDocument } from '../../spec/document';
import { fromRoot, packageRoot, SPEC_FILES } from '../../spec/paths';
import type { ApiVersion } from '../../spec/api-versions';
import { deviationsFile, readDeviations, type Deviations } from './deviations';
import { judge, type SmvOutcome, type Verdict } from './judge';
import { readPact, splitInteractions, summarize, withMappedPaths, type InteractionSummary, type PactFile } from './pact-file';
import { expandStatusRanges } from './status-ranges';

/** swagger-mock-validator's options for the strict check: undeclared response properties fail, required ones must be there. */
export const STRICT_OPTIONS = { additionalPropertiesInResponse: 'false', requiredPropertiesInResponse: 'true' } as const;

/** swagger-mock-validator's `validate` (loaded by `loadValidator`, or a stand-in). */
export type Validate = (options: { specPathOrUrl: string; mockPathOrUrl: string } & typeof STRICT_OPTIONS) => Promise<SmvOutcome>;

/** One pact checked against one spec. */
export interface TargetResult {
  label: string;
  /** The deviations file that accepted known differences (the published target only), as the report shows it. */
  deviationsFile?: string;
  /** What was rewritten in the temporary copies, and why. */
  notes: string[];
  verdict: Verdict;
}

export interface PactResult {
  file: string;
  interactions: InteractionSummary[];
  /** Interactions the validator cannot check (not synchronous HTTP): each one fails the pact. */
  uncheckable: string[];
  targets: TargetResult[];
}

/** A path as the report shows it: relative to the repository when inside it. */
const display = (file: string) => {
  const inside = relative(packageRoot(), file);
  return inside && !inside.startsWith('..') ? inside : file;
};

/** Checks one pact against the kit's spec, then against Monaco's published spec (paths mapped, ranges expanded). */
async function checkPact(file: string, validate: Validate, deviations: Deviations & { file: string }, scratch: string): Promise<PactResult> {
  const { http: pact, uncheckable } = splitInteractions(readPact(file));
  const interactions = summarize(pact);
  const run = async (kind: 'ours' | 'published', label: string, specFile: string, checked: PactFile, known: Deviations | undefined, notes: string[]) => {
    const stem = `${basename(file, '.json')}.${kind}`;
    const expanded = expandStatusRanges(readDocument(specFile), checked);
    const specCopy = join(scratch, `${stem}.spec.json`);
    const pactCopy = join(scratch, `${stem}.pact.json`);
    writeFileSync(specCopy, JSON.stringify(expanded.doc));
    writeFileSync(pactCopy, JSON.stringify(checked));
    if (expanded.expanded.length > 0) {
      notes.push(`status ranges expanded (swagger-mock-validator reads exact codes only): ${expanded.expanded.join('; ')}`);
    }
    const outcome = await validate({ specPathOrUrl: specCopy, mockPathOrUrl: pactCopy, ...STRICT_OPTIONS });
    return { label, notes, verdict: judge(outcome, interactions, known), ...(known ? { deviationsFile: display(deviations.file) } : {}) };
  };
  const mapped = withMappedPaths(pact, deviations.pathMap);
  const publishedNotes = mapped.mapped.length > 0 ? [`paths mapped: ${mapped.mapped.join(', ')}`] : [];
  return {
    file: display(file),
    interactions,
    uncheckable: uncheckable.map((i) => `"${i.description}" (${i.type ?? 'no HTTP request'})`),
    targets: [
      await run('ours', 'spec/openapi.yaml', SPEC_FILES.monaco, pact, undefined, []),
      await run('published', `Monaco's published spec (${deviations.published})`, fromRoot(deviations.published), mapped.pact, deviations, publishedNotes),
    ],
  };
}

/** Checks every pact file, in order, against our spec and Monaco's published document of `apiVersion` (default the newest). */
export async function checkPacts(files: string[], validate: Validate, scratch: string, apiVersion?: ApiVersion): Promise<PactResult[]> {
  const deviations = { ...readDeviations(deviationsFile(apiVersion)), file: deviationsFile(apiVersion) };
  const results: PactResult[] = [];
  for (const file of files) results.push(await checkPact(file, validate, deviations, scratch));
  return results;
}
