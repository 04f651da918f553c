import type { CustomFieldDefinition } from '../../../fixtures/types';
import type { ApiBehaviour } from '../../../spec/versions';
import type { Org } from '../state/directory';
import { ApiError, validationError } from '../errors';
import type { ReferencesMode } from '../options';
import type { OpportunityCreateRequest, ValidationErrorItem } from '../types';
import { CUSTOM_FIELD_PREFIX } from '../types';
import { knownStage, pipelineOf } from '../generate/stages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(values: Iterable<string>, max = 8): string {
  const all = [...values];
  return all.length > max ? `${all.slice(0, max).join(', ')}, … (${all.length} in all)` : all.join(', ');
}

/** Why a custom field value does not fit its definition, or undefined when it does. */
function customFieldProblem(field: CustomFieldDefinition, value: unknown): string | undefined {
  if (value === null) return undefined;
  const options = new Set((field.options ?? []).map((o) => o.key));
  switch (field.type) {
    case 'select':
      return typeof value === 'string' && options.has(value) ? undefined : `"${field.name}" is a select: send one of ${list(options)}`;
    case 'multi_select':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && options.has(v))
        ? undefined
        : `"${field.name}" is a multi-select: send a list of ${list(options)}`;
    case 'text':
      return typeof value === 'string' ? undefined : `"${field.name}" is a text field: send a string`;
    case 'number':
      return typeof value === 'number' ? undefined : `"${field.name}" is a number field: send a number`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `"${field.name}" is a date field: send YYYY-MM-DD`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `"${field.name}" is a boolean field: send true or false`;
  }
}

/** The references a create or an update carries (all but `account_id`, which only a create has). */
export type ReferencingFields = Pick<OpportunityCreateRequest, 'owner_user_id' | 'stage' | 'tags'> & { [key: string]: unknown };

/**
 * Strict references (D5): `account_id` must be an account of the key's org (else 404 `not_found`), and the
 * rest must be known too (see `checkFieldReferences`). Lenient mode checks nothing: any well-formed UUID is
 * accepted.
 */
export function checkReferences(request: OpportunityCreateRequest, org: Org, mode: ReferencesMode, version: Pick<ApiBehaviour, 'stageNames'>): void {
  if (mode === 'lenient') return;
  if (!org.accounts.has(request.account_id.toLowerCase())) {
    throw new ApiError(
      404,
      'not_found',
      `Account ${request.account_id} not found in this organization (${org.name}). Known accounts: ${list(org.accounts.keys())}. ` +
        'Use one of them, add it to the fixtures, or run the mock with --references lenient.',
    );
  }
  checkFieldReferences(request, org, mode, version);
}

/**
 * Strict references of a create or an update (D5): `owner_user_id`, every tag, `stage` and every custom field
 * must exist in the org (as the session sees it), and custom field values must fit their definitions (else
 * 422 with the field's `loc`). Lenient mode checks nothing.
 */
export function checkFieldReferences(request: ReferencingFields, org: Org, mode: ReferencesMode, version: Pick<ApiBehaviour, 'stageNames'>): void {
  if (mode === 'lenient') return;
  const details: ValidationErrorItem[] = [];
  const unknown = (loc: (string | number)[], msg: string) => details.push({ loc: ['body', ...loc], msg, type: 'unknown_reference' });
  if (request.owner_user_id && !org.users.has(request.owner_user_id.toLowerCase())) {
    unknown(['owner_user_id'], `Unknown user ${request.owner_user_id}. Known users: ${list(org.users.keys())}`);
  }
  (request.tags ?? []).forEach((tag, i) => {
    if (!org.tags.has(tag.toLowerCase())) unknown(['tags', i], `Unknown tag ${tag}. Known tags: ${list(org.tags.keys())}`);
  });
  if (request.stage != null && !knownStage(org, request.stage, version)) {
    const labels = version.stageNames === 'label' ? ` (or their labels: ${list(pipelineOf(org).stages.map((s) => s.label), 20)})` : '';
    unknown(['stage'], `Unknown pipeline stage '${request.stage}'. Known stages: ${list(org.stages.keys(), 20)}${labels}`);
  }
  for (const key of Object.keys(request)) {
    if (!key.startsWith(CUSTOM_FIELD_PREFIX)) continue;
    const field = org.customFields.get(key.slice(CUSTOM_FIELD_PREFIX.length).toLowerCase());
    if (!field) {
      unknown([key], `Unknown custom field ${key}. Known: ${list([...org.customFields.keys()].map((id) => CUSTOM_FIELD_PREFIX + id))}`);
      continue;
    }
    const problem = customFieldProblem(field, request[key]);
    if (problem) details.push({ loc: ['body', key], msg: problem, type: 'custom_field_value' });
  }
  if (details.length) throw validationError(details);
}
