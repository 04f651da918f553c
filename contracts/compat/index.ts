import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_VERSIONS, isApiVersion, LATEST_API_VERSION, type ApiVersion } from '../../spec/api-versions';
import { checkPacts } from './check';
import { findPactFiles } from './pact-file';
import { formatReport } from './report';
import { loadValidator, type LoadedValidator } from './validator';

export { checkPacts, STRICT_OPTIONS } from './check';
export { findPactFiles } from './pact-file';
export type { PactResult, TargetResult, Validate } from './check';
export { readDeviations, deviationsFile, holdersAt } from './deviations';
export type { Deviations, StatusDeviation, Extension } from './deviations';
export { judge } from './judge';
export type { Finding, SmvIssue, SmvOutcome, Verdict } from './judge';
export { formatReport } from './report';
export { expandStatusRanges } from './status-ranges';
export { readPact, splitInteractions, summarize, withMappedPaths, operationOf } from './pact-file';
export { loadValidator, ValidatorMissingError } from './validator';
export type { LoadedValidator } from './validator';

/** Where `runCompat` writes: the report (stdout in the CLI), and why it could not run (stderr). */
export interface CompatOutput {
  report(text: string): void;
  error(text: string): void;
}

/** The published document a check is made against: a date of spec/monaco/, the newest by default. */
function checkedApiVersion(apiVersion: string | undefined): ApiVersion {
  if (apiVersion === undefined) return LATEST_API_VERSION;
  if (!isApiVersion(apiVersion)) throw new Error(`--api-version takes one of ${API_VERSIONS.join(', ')} (the published documents in spec/monaco/), got ${apiVersion}.`);
  return apiVersion;
}

/**
 * `monaco-contracts compat [--api-version <date>] <pact files or folders>`: checks each pact against
 * spec/openapi.yaml and Monaco's published spec of that version (default the newest), prints the report and
 * resolves with the exit code (0 all compatible, 1 not, 2 could not run). `validator` defaults to
 * swagger-mock-validator.
 */
export async function runCompat(
  pacts: string[],
  output: CompatOutput,
  options: {
    /** The published document's date (spec/monaco/). Default the newest. */
    apiVersion?: string;
    /** Default swagger-mock-validator. */
    validator?: LoadedValidator;
  } = {},
): Promise<number> {
  const { apiVersion, validator } = options;
  const scratch = mkdtempSync(join(tmpdir(), 'contracts-compat-'));
  try {
    const files = findPactFiles(pacts);
    const { validate, name } = validator ?? (await loadValidator());
    const report = formatReport(await checkPacts(files, validate, scratch, checkedApiVersion(apiVersion)), name);
    output.report(report.text);
    return report.ok ? 0 : 1;
  } catch (error) {
    output.error(`monaco-contracts compat could not run: ${(error as Error).message}`);
    return 2;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
