/**
 * What a stub or scenario may put in `respond.headers` (spec/admin.yaml, ForcedResponse): the schema's patterns
 * (a name is an HTTP token; a value is what Node's `writeHead` and fetch's `Headers` both accept), and the framing
 * headers, which the adapters write from the body they send.
 */
export const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
export const HEADER_VALUE_PATTERN = '^[\\t\\x20-\\x7e\\x80-\\xff]*$';

/** Headers that frame the message: set by the adapter (a stub's would contradict the body, or corrupt the response). */
export const FRAMING_HEADERS: ReadonlySet<string> = new Set(['content-length', 'transfer-encoding', 'connection']);
