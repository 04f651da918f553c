import { createHash } from 'node:crypto';

/** The UUID namespace of the seeder's idempotency keys (RFC 4122 name-based UUIDs, version 5). */
export const KEY_NAMESPACE = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607';
const NAMESPACE_BYTES = Buffer.from(KEY_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * The `idempotency_key` of request `index` of a run: a version-5 UUID of the seed, the org and the index, so
 * a rerun sends every record with the same key (the API replays it instead of creating a duplicate), while
 * another seed or org never reuses one.
 */
export function idempotencyKey(seed: number, orgId: string, index: number): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(`${seed}:${orgId.toLowerCase()}:${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
