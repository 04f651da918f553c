/**
 * Preloaded into the memory run's mock (`node --expose-gc -r heap-probe.js dist/mock/cli.js …`); changes
 * nothing else. On SIGUSR2 it appends one JSON line to $BENCH_HEAP_PROBE: process.memoryUsage() before and
 * after a forced full GC, so the report can tell the live set (what the stores hold) from V8's heap sizing.
 */
import { appendFileSync } from 'node:fs';

/** One line of the probe file, in bytes. */
export interface HeapProbeLine {
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
}

const file = process.env.BENCH_HEAP_PROBE;
if (file) {
  process.on('SIGUSR2', () => {
    const before = process.memoryUsage();
    (globalThis as { gc?: () => void }).gc?.();
    const line: HeapProbeLine = { before, after: process.memoryUsage() };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
