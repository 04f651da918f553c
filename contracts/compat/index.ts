import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_VERSIONS, isApiVersion, LATEST_API_VERSION, type ApiVersion } from '../../spec/api-versions';
import { fromRoot } from '../../spec/paths';
import { checkPacts, findPactFiles, type Validate } from './check';
import { formatReport } from './report';

export { checkPacts, findPactFiles, STRICT_OPTIONS } from './check';
export type { PactResult, TargetResult, Validate } from './check';
export { readDeviations, deviationsFile, holdersAt } from './deviations';
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

/** `--api-version <date>` out of the arguments (default the newest), and the pact files and folders left. */
function parseArgs(args: string[]): { files: string[]; apiVersion: ApiVersion } {
  const at = args.indexOf('--api-version');
  if (at < 0) return { files: args, apiVersion: LATEST_API_VERSION };
  const apiVersion = args[at + 1];
  if (!isApiVersion(apiVersion)) throw new Error(`--api-version takes one of ${API_VERSIONS.join(', ')} (the published documents in spec/monaco/), got ${apiVersion ?? 'nothing'}.`);
  return { files: [...args.slice(0, at), ...args.slice(at + 2)], apiVersion };
}

/**
 * `npm run contracts:compat [--api-version <date>] [pact files or folders]`: checks each pact against
 * spec/openapi.yaml and Monaco's published spec of that version (default the newest), prints the report and
 * resolves with the exit code (0 all compatible, 1 not, 2 could not run).
 */
export async function runCompat(args: string[], validate: Validate, print: (text: string) => void): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'contracts-compat-'));
  try {
    const { files, apiVersion } = parseArgs(args);
    const report = formatReport(await checkPacts(findPactFiles(files), validate, scratch, apiVersion), toolName());
    print(report.text);
    return report.ok ? 0 : 1;
  } catch (error) {
    print(`contracts:compat could not run: ${(error as Error).message}`);
    return 2;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
