import type { Deviations, Extension, StatusDeviation } from './deviations';
import type { InteractionSummary } from './pact-file';

/** One error or warning of swagger-mock-validator (its `ValidationOutcome` entries). */
export interface SmvIssue {
  code: string;
  message: string;
  mockDetails?: { interactionDescription?: string; location?: string; value?: unknown };
  specDetails?: { location?: string; pathMethod?: string; pathName?: string };
}

/** What swagger-mock-validator's `validate` resolves with. */
export interface SmvOutcome {
  errors: SmvIssue[];
  warnings: SmvIssue[];
}

/** An issue with the interaction it is about and, when it is a known difference, the entry that accepts it. */
export interface Finding {
  issue: SmvIssue;
  interaction?: InteractionSummary;
  acceptedBy?: StatusDeviation | Extension;
}

/** The verdict on one pact against one spec. */
export interface Verdict {
  failures: Finding[];
  accepted: Finding[];
  warnings: Finding[];
}

function interactionOf(issue: SmvIssue, interactions: InteractionSummary[]): InteractionSummary | undefined {
  const index = /^\[root\]\.interactions\[(\d+)\]/.exec(issue.mockDetails?.location ?? '')?.[1];
  return index === undefined ? undefined : interactions[Number(index)];
}

/** Whether an issue is exactly the property or header an extension names. */
function matchesExtension(extension: Extension, issue: SmvIssue): boolean {
  const location = issue.mockDetails?.location ?? '';
  if (extension.kind === 'response-header') {
    const header = /\.response\.headers\.([^.]+)$/.exec(location)?.[1];
    return issue.code === 'response.header.unknown' && header !== undefined && new RegExp(extension.header, 'i').test(header);
  }
  const property = /must NOT have additional properties - (\S+)$/.exec(issue.message)?.[1];
  const list = extension.at.endsWith('[]');
  const holder = list ? extension.at.slice(0, -2) : extension.at;
  // swagger-mock-validator writes an item of a list as `data.0`.
  const at = new RegExp(`\\.response\\.body\\.${holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${list ? '\\.\\d+' : ''}$`);
  return issue.code === 'response.body.incompatible' && at.test(location) && property !== undefined && new RegExp(extension.property).test(property);
}

/**
 * The entry of spec/monaco-deviations.json that accepts an issue: an extension naming exactly this response
 * property or header, else a deviation covering this operation's whole response at this status. Request-side
 * issues are never accepted.
 */
function acceptedBy(issue: SmvIssue, interaction: InteractionSummary | undefined, deviations: Deviations): StatusDeviation | Extension | undefined {
  if (!interaction?.operationId || !issue.code.startsWith('response.')) return undefined;
  const { status, operationId } = interaction;
  const covers = (entry: { operations: string[] }) => entry.operations.includes(operationId);
  return (
    deviations.extensions.find((e) => covers(e) && e.statuses.includes(status) && matchesExtension(e, issue)) ??
    deviations.deviations.find((d) => covers(d) && d.status === status)
  );
}

/**
 * Sorts swagger-mock-validator's issues: against the kit's own spec every error fails; against Monaco's
 * published spec an error fails unless spec/monaco-deviations.json lists it.
 */
export function judge(outcome: SmvOutcome, interactions: InteractionSummary[], deviations: Deviations | undefined): Verdict {
  const verdict: Verdict = { failures: [], accepted: [], warnings: [] };
  for (const issue of outcome.errors) {
    const interaction = interactionOf(issue, interactions);
    const entry = deviations && acceptedBy(issue, interaction, deviations);
    (entry ? verdict.accepted : verdict.failures).push({ issue, interaction, acceptedBy: entry });
  }
  for (const issue of outcome.warnings) verdict.warnings.push({ issue, interaction: interactionOf(issue, interactions) });
  return verdict;
}
