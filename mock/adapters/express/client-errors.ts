import type { Socket } from 'node:net';
import { isLoopbackOrigin } from '../../core/http/cors';
import { ADMIN_PATH } from '../../core/http/guard';
import { MockErrorCode, mockErrorBody } from '../../core/http/mock-errors';

const ANSWERS: Record<string, [number, string, MockErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'header_fields_too_large', 'The request headers are larger than 16 KB (Node\'s limit). Send fewer or smaller headers (cookies are the usual culprit).'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'The request did not arrive in time (headers within --headers-timeout-ms, the whole request within --request-timeout-ms).'],
};

/** The `Origin` and path of a request Node could not parse, from the bytes it did read. */
function readRaw(raw: Buffer | undefined): { origin?: string; path?: string } {
  if (!raw) return {};
  const text = raw.subarray(0, 16 * 1024).toString('latin1');
  const path = /^[A-Z]+ (\S+) HTTP\//.exec(text)?.[1];
  const origin = /\r\norigin:[ \t]*([^\r\n]*)\r\n/i.exec(text)?.[1]?.trim();
  return { origin, path };
}

/**
 * Answers what Node's HTTP parser rejects before any route sees it (oversized headers 431, a request that did
 * not arrive in time 408, malformed HTTP 400) with the mock's JSON envelope instead of Node's empty answer, and,
 * for the public API, with the CORS headers a browser needs to show the real error rather than a CORS one.
 */
export function clientErrorHandler(options: { cors: boolean }) {
  return (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void => {
    const code = error.code ?? '';
    const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || code === 'ECONNRESET' || code === 'HPE_INVALID_EOF_STATE' || answering?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, reason, errorCode, message] = ANSWERS[code] ?? [400, 'Bad Request', 'bad_request', `The request is not valid HTTP (${error.message}).`];
    const body = mockErrorBody(errorCode, message);
    const { origin, path } = readRaw(error.rawPacket);
    const headers = [`HTTP/1.1 ${status} ${reason}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Cache-Control: no-store', 'Connection: close'];
    if (options.cors && origin && !(path && ADMIN_PATH.test(path))) {
      headers.push(`Access-Control-Allow-Origin: ${origin}`, 'Vary: Origin');
      if (isLoopbackOrigin(origin)) headers.push('Access-Control-Allow-Credentials: true');
    }
    socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
  };
}
