import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPacts, findPactFiles } from './check';
import { formatReport } from './report';
import { loadValidator, type LoadedValidator } from './validator';

export { checkPacts, findPactFiles, STRICT_OPTIONS } from './check';
export type { PactResult, TargetResult, Validate } from './check';
export { readDeviations, DEVIATIONS_FILE } from './deviations';
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

/**
 * `monaco-contracts compat <pact files or folders>`: checks each pact against spec/openapi.yaml and Monaco's
 * published spec, prints the report and resolves with the exit code (0 all compatible, 1 not, 2 could not
 * run). `validator` defaults to swagger-mock-validator.
 */
export async function runCompat(pacts: string[], output: CompatOutput, validator?: LoadedValidator): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'contracts-compat-'));
  try {
    const files = findPactFiles(pacts);
    const { validate, name } = validator ?? (await loadValidator());
    const report = formatReport(await checkPacts(files, validate, scratch), name);
    output.report(report.text);
    return report.ok ? 0 : 1;
  } catch (error) {
    output.error(`monaco-contracts compat could not run: ${(error as Error).message}`);
    return 2;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
