import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../spec/paths';
import { checkPacts, findPactFiles, type Validate } from './check';
import { formatReport } from './report';

export { checkPacts, findPactFiles, STRICT_OPTIONS } from './check';
export type { PactResult, TargetResult, Validate } from './check';
export { readDeviations, DEVIATIONS_FILE } from './deviations';
export type { Deviations, StatusDeviation, Extension } from './deviations';
export { judge } from './judge';
export type { Finding, SmvIssue, SmvOutcome, Verdict } from './judge';
export { formatReport } from './report';
export { expandStatusRanges } from './status-ranges';
export { readPact, splitInteractions, summarize, withMappedPaths, operationOf } from './pact-file';

/** swagger-mock-validator's version, for the report's first line. */
function toolName(): string {
  const manifest = fromRoot('node_modules', '@pactflow', 'swagger-mock-validator', 'package.json');
  return `swagger-mock-validator ${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
}

/**
 * `npm run contracts:compat [pact files or folders]`: checks each pact against spec/openapi.yaml and Monaco's
 * published spec, prints the report and resolves with the exit code (0 all compatible, 1 not, 2 could not run).
 */
export async function runCompat(args: string[], validate: Validate, print: (text: string) => void): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'contracts-compat-'));
  try {
    const report = formatReport(await checkPacts(findPactFiles(args), validate, scratch), toolName());
    print(report.text);
    return report.ok ? 0 : 1;
  } catch (error) {
    print(`contracts:compat could not run: ${(error as Error).message}`);
    return 2;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
