import { setTimeout as sleep } from 'node:timers/promises';
import { MonacoApiError, OpportunitiesClient } from '../contracts/client';
import type { CustomFieldDefinition, OrgFixture, PipelineStage } from '../fixtures/load';
import { Directory, Org } from '../mock/core/state/directory';
import type { FieldSchemaResponse } from '../mock/core/types';
import { CUSTOM_FIELD_PREFIX } from '../mock/core/types';
import { EXIT, SeedError } from './errors';
import type { RetryPolicy } from './retry';

/** How the reads go: the run's retry policy, `--timeout` per attempt, and its interrupt (Ctrl-C). */
export interface TargetReadOptions {
  retry: RetryPolicy;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** What the target holds, for the summary: how many of each reference the run reads. */
export interface TargetReferences {
  org: Org;
  counts: { accounts: number; users: number; tags: number; stages: number; customFields: number };
}

const options = (field: FieldSchemaResponse) => (field.enum_field_settings?.allowed_values ?? []).map((v) => ({ key: v.key, label: v.display_value }));

/** A custom field of the target's schema as the generator's definition: its type from the field's type and values. */
function customFieldOf(field: FieldSchemaResponse): CustomFieldDefinition | undefined {
  const id = field.custom_field_settings?.id ?? field.key.slice(CUSTOM_FIELD_PREFIX.length);
  const base = { id, name: field.name };
  switch (field.type) {
    case 'enum':
      return options(field).length ? { ...base, type: 'select', options: options(field) } : undefined;
    case 'array':
      return options(field).length ? { ...base, type: 'multi_select', options: options(field) } : undefined;
    case 'number':
    case 'date':
    case 'boolean':
      return { ...base, type: field.type };
    case 'string':
    case 'text':
      return { ...base, type: 'text' };
    default:
      return undefined; // a kind the generator cannot fill: left out
  }
}

/**
 * The org a seeding run writes for, read from the target through the API (`--references-from-target`): its
 * user (`/v1/me`), users, opportunity tags, accounts (every page) and, from `/v1/schemas/opportunities`, its
 * pipeline stages and custom fields, so the requests use the target's ids instead of the fixtures'. Throws a
 * SeedError saying which read failed and why (exit 1: the run stopped, nothing was sent), or what the target
 * lacks (no account, no stage). Each attempt has `timeoutMs`; the reads retry as the run's sends do, and stop
 * when one of them fails or the run is interrupted.
 */
export async function readTargetReferences(target: string, apiKey: string, { retry, timeoutMs, signal }: TargetReadOptions): Promise<TargetReferences> {
  const failed = new AbortController(); // the first read that fails stops the others
  const halt = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
  const client = new OpportunitiesClient({
    baseUrl: target,
    apiKey,
    // The seeder's policy: its retries and backoff, each wait scaled and capped as its own sends' are.
    retry: { retries: retry.maxRetries, baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs, maxRetryAfterMs: Number.POSITIVE_INFINITY },
    sleep: (ms) => sleep(Math.min(retry.maxDelayMs, Math.round(ms * retry.scale)), undefined, { signal: halt }),
    fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.any([halt, AbortSignal.timeout(timeoutMs)]) }),
  });
  const read = <T>(reading: Promise<T>) =>
    reading.catch((error: unknown) => {
      failed.abort();
      throw error;
    });
  let fixture: OrgFixture;
  try {
    const [me, users, tags, listed, fields] = await Promise.all([
      read(client.me()),
      read(client.users()),
      read(client.tags('opportunities')),
      read(client.allAccounts()),
      read(client.fieldSchemas('opportunities')),
    ]);
    const accounts = [...new Map(listed.map((a) => [a.id, a])).values()]; // an account listed on two pages (an unstable sort) once
    const stages: PipelineStage[] = (fields.find((f) => f.key === 'stage')?.enum_field_settings?.allowed_values ?? []).map((v) => ({ key: v.key, label: v.display_value }));
    fixture = {
      id: me.org_id,
      name: me.org_name ?? `org ${me.org_id}`,
      default_user_id: me.user_id,
      users: (users.some((u) => u.id === me.user_id) ? users : [...users, { id: me.user_id, first_name: me.user_first_name, last_name: me.user_last_name, email: me.user_email }]).map((u) => ({
        id: u.id,
        first_name: u.first_name || 'Unknown',
        last_name: u.last_name || u.id.slice(0, 8),
        email: u.email || `${u.id}@unknown.invalid`,
      })),
      accounts: accounts.map((a) => ({ id: a.id, name: a.name || `Account ${a.id.slice(0, 8)}`, domain: a.company?.domain || 'unknown.invalid' })),
      tags: tags.map((t) => ({ id: t.id, name: t.name })),
      pipeline: { stages },
      custom_fields: fields.filter((f) => f.key.startsWith(CUSTOM_FIELD_PREFIX) && f.updatable !== false).map(customFieldOf).filter((f): f is CustomFieldDefinition => !!f),
      api_keys: [],
    };
  } catch (error) {
    if (signal?.aborted) throw new SeedError("interrupted while reading the target's references; nothing was sent.", EXIT.interrupted);
    if (!(error instanceof MonacoApiError)) throw error;
    throw new SeedError(`--references-from-target could not read the target's references: ${error.message}`, EXIT.failed);
  }
  if (fixture.accounts.length === 0) throw new SeedError(`--references-from-target: ${target} has no accounts in ${fixture.name}; an opportunity needs one. Create accounts there first.`);
  if (fixture.pipeline.stages.length === 0) throw new SeedError(`--references-from-target: ${target}'s /v1/schemas/opportunities lists no stages for "stage"; the requests need the target's pipeline.`);
  const counts = { accounts: fixture.accounts.length, users: fixture.users.length, tags: fixture.tags.length, stages: fixture.pipeline.stages.length, customFields: fixture.custom_fields.length };
  return { org: new Directory([fixture]).defaultOrg, counts };
}
