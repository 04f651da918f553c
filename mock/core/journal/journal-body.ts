import { REDACTED } from './redact';

/** Nesting levels of a body the journal shows; deeper values become a marker string. */
export const JOURNAL_MAX_DEPTH = 32;

/** A body as the journal shows it: copied to at most `JOURNAL_MAX_DEPTH` levels, credential fields redacted. */
export interface JournalBody {
  value: unknown;
  /** Set when values nested deeper than the cap were replaced. */
  cutAtDepth?: number;
}

/**
 * Copies a parsed JSON body for the journal. Any body the API accepted can be shown: nesting is cut at
 * `JOURNAL_MAX_DEPTH` levels (a body of 5,000 nested arrays would overflow the stack of JSON.stringify), and
 * fields named in `fields` (passwords, tokens, …) are redacted at any depth.
 */
export function journalBody(value: unknown, fields: ReadonlySet<string>): JournalBody {
  let cut = false;
  const copy = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (depth >= JOURNAL_MAX_DEPTH) {
      cut = true;
      return `[truncated: nested deeper than ${JOURNAL_MAX_DEPTH} levels]`;
    }
    if (Array.isArray(node)) return node.map((item) => copy(item, depth + 1));
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(node)) {
      out[key] = fields.has(key.toLowerCase()) ? REDACTED : copy((node as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  const result = copy(value, 0);
  return cut ? { value: result, cutAtDepth: JOURNAL_MAX_DEPTH } : { value: result };
}
