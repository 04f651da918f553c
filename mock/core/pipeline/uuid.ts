const HYPHENATED = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SIMPLE = /^[0-9a-fA-F]{32}$/;

/**
 * A UUID in its canonical form (lowercase, hyphenated), from any form Monaco's API accepts: Pydantic parses
 * ids with the `uuid` crate, which reads the hyphenated form, 32 hex digits, `{hyphenated}` and
 * `urn:uuid:hyphenated`, in any case, and answers the canonical form. `undefined` for anything else.
 *
 * @example canonicalUuid('urn:uuid:8D116ECE-1738-47D9-BD9C-172411E20B8F') // '8d116ece-1738-47d9-bd9c-172411e20b8f'
 */
export function canonicalUuid(text: string): string | undefined {
  let hex = text;
  if (hex.length === 45 && hex.startsWith('urn:uuid:')) hex = hex.slice(9);
  else if (hex.length === 38 && hex[0] === '{' && hex[37] === '}') hex = hex.slice(1, -1);
  if (hex.length === 36 && HYPHENATED.test(hex)) return hex.toLowerCase();
  if (text.length === 32 && SIMPLE.test(hex)) {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toLowerCase();
  }
  return undefined;
}
