import type { Latency } from './types';

/** A delay in ms from a latency distribution (normal is Box-Muller, clamped at 0). */
export function sampleLatency(latency: Latency, random: () => number): number {
  switch (latency.distribution) {
    case 'fixed':
      return latency.ms;
    case 'uniform':
      return Math.round(latency.min_ms + random() * (latency.max_ms - latency.min_ms));
    case 'normal': {
      const u = 1 - random();
      const v = random();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(0, Math.round(latency.mean_ms + z * latency.std_dev_ms));
    }
  }
}
