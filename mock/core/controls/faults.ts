import type { Socket } from 'node:net';
import type { RequestContext } from '../pipeline/context';
import type { Fault } from './scenarios/types';

/**
 * Breaks the connection the way a flaky network does: `connection-reset` sends a TCP RST,
 * `empty-response` closes it without a byte, `timeout` holds the request for `timeoutMs` (or until the server
 * starts shutting down), then closes it.
 */
export function performFault(ctx: RequestContext, fault: Fault, timeoutMs = 0, shutdown?: AbortSignal): Promise<void> {
  const socket = ctx.req.socket as Socket & { resetAndDestroy?: () => void };
  switch (fault) {
    case 'connection-reset':
      if (socket.resetAndDestroy) socket.resetAndDestroy();
      else socket.destroy();
      return Promise.resolve();
    case 'empty-response':
      socket.end();
      socket.destroy();
      return Promise.resolve();
    case 'timeout':
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          shutdown?.removeEventListener('abort', done);
          socket.destroy();
          resolve();
        };
        const timer = setTimeout(done, timeoutMs).unref();
        socket.once('close', done);
        shutdown?.addEventListener('abort', done, { once: true }); // a held request is not work in flight
      });
  }
}
