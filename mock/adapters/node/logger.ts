import pino, { Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The CLI's logger: pino on stderr (stdout carries no logs, in any command), pretty on a terminal, JSON lines
 * otherwise (redirect it to a file or a collector with `2>`).
 * JSON lines are written synchronously: measured under load, pino's asynchronous destination cost ~140 µs of
 * CPU per request on libuv's threadpool, synchronous writes about nothing (notes in bench/README).
 */
export function createLogger(level: LogLevel, pretty: boolean = process.stderr.isTTY === true): Logger {
  if (pretty) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const prettyStream = require('pino-pretty')({ colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', destination: 2, sync: true });
    return pino({ level, base: undefined }, prettyStream);
  }
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}
