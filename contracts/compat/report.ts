import type { PactResult, TargetResult } from './check';
import type { Finding } from './judge';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `"description" (POST /v1/preview/opportunities → 201)`. */
function where(finding: Finding): string {
  const i = finding.interaction;
  if (!i) return finding.issue.mockDetails?.interactionDescription ? `"${finding.issue.mockDetails.interactionDescription}"` : 'the pact';
  return `"${i.description}" (${i.method} ${i.path} → ${i.status})`;
}

function issueLines(mark: string, finding: Finding): string[] {
  const { issue } = finding;
  const lines = [`        ${mark} ${where(finding)}: ${issue.code}: ${issue.message}`];
  const at = [issue.mockDetails?.location && `pact ${issue.mockDetails.location}`, issue.specDetails?.location && `spec ${issue.specDetails.location}`];
  if (at.some(Boolean)) lines.push(`            at ${at.filter(Boolean).join('; ')}`);
  return lines;
}

function acceptedLines(finding: Finding, file: string): string[] {
  const entry = finding.acceptedBy!;
  const name =
    'status' in entry ? `deviation: the ${entry.status} response` : entry.kind === 'response-header' ? `extension: header ${entry.header}` : `extension: ${entry.at} property ${entry.property}`;
  return [...issueLines('~', finding), `            accepted (${file} ${name}): ${entry.reason}`];
}

function targetLines(target: TargetResult): string[] {
  const { failures, accepted, warnings } = target.verdict;
  const counts = [plural(failures.length, 'error'), accepted.length > 0 && `${plural(accepted.length, 'known difference')} accepted`, warnings.length > 0 && plural(warnings.length, 'warning')];
  return [
    `    ${failures.length === 0 ? '✓' : '✗'} ${target.label}: ${counts.filter(Boolean).join(', ')}`,
    ...target.notes.map((note) => `        note: ${note}`),
    ...failures.flatMap((f) => issueLines('✗', f)),
    ...accepted.flatMap((finding) => acceptedLines(finding, target.deviationsFile ?? 'spec/monaco-deviations.json')),
    ...warnings.flatMap((f) => issueLines('!', f)),
  ];
}

const passed = (result: PactResult) => result.uncheckable.length === 0 && result.targets.every((t) => t.verdict.failures.length === 0);

/** The report printed by `monaco-contracts compat`, and whether every pact passed. */
export function formatReport(results: PactResult[], tool: string): { text: string; ok: boolean } {
  const lines = [`Static compatibility: ${tool}, strict (undeclared response properties and missing required ones are errors)`, ''];
  for (const result of results) {
    lines.push(`${passed(result) ? '✓' : '✗'} ${result.file}: ${plural(result.interactions.length, 'interaction')}`);
    for (const description of result.uncheckable) lines.push(`    ✗ ${description} is not a synchronous HTTP interaction; swagger-mock-validator cannot check it.`);
    for (const target of result.targets) lines.push(...targetLines(target));
    lines.push('');
  }
  const failed = results.filter((r) => !passed(r));
  const deviations = results[0]?.targets.find((t) => t.deviationsFile)?.deviationsFile ?? 'spec/monaco-deviations*.json';
  if (failed.length === 0) {
    lines.push(`${plural(results.length, 'pact')} checked: compatible with both specs.`);
  } else {
    lines.push(
      `Failed: ${failed.length} of ${plural(results.length, 'pact')} ${failed.length === 1 ? 'expects' : 'expect'} what the specs do not allow (✗ above). Fix the consumer test and ` +
        'regenerate the pact. If the API really behaves that way, the spec must change: the kit\'s spec/openapi.yaml, or, for a ' +
        `difference from Monaco's published spec, an entry with its reason in ${deviations}.`,
    );
  }
  return { text: lines.join('\n'), ok: failed.length === 0 };
}
