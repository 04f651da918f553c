import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** A Host header as browsers and HTTP clients send it: a name or IPv4 address, or a bracketed IPv6, and a port. */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * This mock's origin as the request addressed it (`http://127.0.0.1:4010`): what the served specs name as
 * their server, so "try it" calls and generated clients reach the mock that served them. A missing or
 * malformed Host falls back to the address the request arrived on. Works on Node's request as on Express's
 * (the scheme is the socket's: no proxy is trusted).
 */
export function originOf(req: IncomingMessage): string {
  const protocol = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const host = req.headers.host;
  if (host !== undefined && HOST.test(host)) return `${protocol}://${host}`;
  return `${protocol}://${hostPort(req.socket.localAddress ?? '127.0.0.1', req.socket.localPort)}`;
}

/** An address and port as a URL names them: `127.0.0.1:4010`, `[::1]:4010`. */
export function hostPort(address: string, port: number | undefined): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
