import type { Diagnosis } from './journal';
import type { JournalRecord } from './journal';

/** Idempotency headers other APIs read (Stripe's, and its `X-` form); Monaco reads `idempotency_key` from the body. */
const IDEMPOTENCY_HEADERS = new Set(['idempotency-key', 'x-idempotency-key']);

/**
 * Near-miss hints for requests the API accepted but that did not do what their sender likely meant: an
 * `Idempotency-Key` header on an operation whose body declares `idempotency_key` is silently ignored by Monaco,
 * so a retry would create a second opportunity.
 */
export function hintFor(record: JournalRecord, bodyFields: (operationId: string) => ReadonlySet<string>): Diagnosis | undefined {
  if (!record.operation?.requestBody || !bodyFields(record.operation.operationId).has('idempotency_key')) return undefined;
  for (let i = 0; i < record.rawHeaders.length; i += 2) {
    const name = record.rawHeaders[i].toLowerCase();
    if (!IDEMPOTENCY_HEADERS.has(name)) continue;
    return {
      rule: 'idempotency.header-ignored',
      problem: `The ${record.rawHeaders[i]} header is ignored: Monaco reads the idempotency key from the JSON body, not from a header, so a retry of this request creates another opportunity.`,
      fix: `Send it in the body: "idempotency_key": "${record.rawHeaders[i + 1]}" (a UUID).`,
    };
  }
  return undefined;
}
