import secureJson from 'secure-json-parse';
import { ApiError, validationError } from '../errors';
import { BodyReadError } from './request';

/** A request body as read off the wire, before the schema looks at it. */
export type DecodedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'empty' }
  | { kind: 'not-json'; mediaType: string; text: string }
  /** JSON that does not decode: answered with `error` once the pipeline reaches the body (D4). */
  | { kind: 'invalid'; error: ApiError; text: string };

/** Whether a content type is JSON the way FastAPI decides it: `application/json` or `application/*+json`. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || (mediaType.startsWith('application/') && mediaType.endsWith('+json'));
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes as UTF-8 text (invalid sequences become U+FFFD, a byte-order mark stays). */
export function utf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/**
 * The answer to a body that could not be read: over the limit is 413 `payload_too_large`; other failures (a
 * broken stream, an encoding the mock cannot inflate) are 422s that say what went wrong.
 */
export function bodyReadError(error: unknown, limit: number): ApiError {
  if (error instanceof BodyReadError && error.kind === 'too-large') {
    return new ApiError(413, 'payload_too_large', `The request body is larger than the ${limit}-byte limit.`);
  }
  const reason = (error as Error).message;
  return validationError([{ loc: ['body'], msg: `The request body could not be read: ${reason}`, type: 'body_unreadable' }]);
}

/**
 * Decodes a body as FastAPI does: a JSON content type (or none) is parsed, and a parse failure is 422
 * `json_invalid` with the character position; other content types are left for the schema to reject.
 * Keys that could pollute prototypes (`__proto__`, `constructor.prototype`) are refused.
 */
export function decodeBody(raw: Uint8Array, contentType: string | undefined): DecodedBody {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType && !isJsonMediaType(mediaType)) return { kind: 'not-json', mediaType, text: utf8(raw) };
  if (raw.length === 0) return { kind: 'empty' };
  let text = utf8(raw);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { kind: 'json', value: secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }) };
  } catch (error) {
    return { kind: 'invalid', error: decodeError((error as Error).message), text };
  }
}

function decodeError(reason: string): ApiError {
  if (/forbidden prototype property/i.test(reason)) {
    return new ApiError(422, 'validation_error', 'The request body contains a forbidden key (__proto__ or constructor.prototype).', [
      { loc: ['body'], msg: 'JSON objects must not contain the keys __proto__ or constructor.prototype', type: 'forbidden_key' },
    ]);
  }
  const position = /position (\d+)/.exec(reason);
  return new ApiError(422, 'validation_error', 'The request body is not valid JSON.', [
    { loc: position ? ['body', Number(position[1])] : ['body'], msg: `JSON decode error: ${reason}`, type: 'json_invalid' },
  ]);
}
