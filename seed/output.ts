import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { EXIT, SeedError } from './errors';
import type { SeedRequest } from './generate';

/** How `--out` writes requests: a JSON array (one request a line inside it), or NDJSON (one a line). */
export type OutputFormat = 'json' | 'ndjson';

/** `json` for a `.json` file, else `ndjson`. */
export function formatFor(out: string): OutputFormat {
  return out.toLowerCase().endsWith('.json') ? 'json' : 'ndjson';
}

/** Requests are written in chunks of this many lines. */
const CHUNK = 1000;

/** A file (written synchronously: fast, and errors surface at once) or a stream such as stdout (backpressure honoured). */
function sink(out: string, stdout: NodeJS.WritableStream): { write(text: string): Promise<void>; close(): void } {
  if (out === '-') {
    return {
      async write(text) {
        if (!stdout.write(text)) await once(stdout, 'drain');
      },
      close() {},
    };
  }
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (error) {
    throw new SeedError(`Failed to write ${out}: ${(error as Error).message}. Pass an --out path in a folder you can write to.`, EXIT.usage);
  }
  return {
    async write(text) {
      writeSync(fd, text);
    },
    close: () => closeSync(fd),
  };
}

/**
 * Writes the requests to `out` (`-` for stdout) in `format`, one request a line, a chunk at a time (so a
 * run of any size holds at most a chunk). Calls `onEach` for every request before it is written. Returns
 * how many were written.
 */
export async function writeRequests(
  requests: Iterable<SeedRequest>,
  out: string,
  format: OutputFormat,
  stdout: NodeJS.WritableStream,
  onEach: (request: SeedRequest) => void = () => {},
): Promise<number> {
  const target = sink(out, stdout);
  const [open, separator, close] = format === 'json' ? ['[\n', ',\n', '\n]\n'] : ['', '\n', '\n'];
  let count = 0;
  let lines: string[] = [];
  try {
    await target.write(open);
    for (const request of requests) {
      onEach(request);
      lines.push(JSON.stringify(request.body));
      count++;
      if (lines.length === CHUNK) {
        await target.write((count > CHUNK ? separator : '') + lines.join(separator));
        lines = [];
      }
    }
    if (lines.length) await target.write((count > lines.length ? separator : '') + lines.join(separator));
    await target.write(count > 0 ? close : format === 'json' ? ']\n' : '');
  } finally {
    target.close();
  }
  return count;
}
