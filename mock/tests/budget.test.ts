import { MemoryBudget } from '../core/state/budget';
import { resolveOptions } from '../core/options';
import { SessionRegistry } from '../core/state/session';
import { approxBytes } from '../core/state/sizes';
import type { OpportunityResponse } from '../core/types';
import { FIXTURE } from './helpers';

const MiB = 2 ** 20;

describe('the memory budget', () => {
  test('eviction is oldest-first across sessions, whatever the session', () => {
    const budget = new MemoryBudget(2 * MiB);
    const sessions = new SessionRegistry(resolveOptions({ journalLimit: 0 }), undefined, budget);
    const data = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, notes: 'x'.repeat(2000) }) as unknown as OpportunityResponse;
    for (let i = 0; i < 4000; i++) sessions.get(`s${i % 40}`).store.add(FIXTURE.org, data(i));
    expect(budget.used).toBeLessThanOrEqual(2 * MiB);
    const kept = sessions.all().flatMap((s) => [...s.store.values()].map((o) => Number(o.data.id.slice(-12))));
    const oldestKept = Math.min(...kept);
    expect(kept.length).toBe(4000 - oldestKept); // exactly the newest ones, in every session
    expect(budget.evicted.opportunities).toBe(oldestKept);
  });

  test('sizes are estimated without recursion, whatever the nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(approxBytes(deep)).toBeGreaterThan(100_000 * 32);
    expect(approxBytes('x'.repeat(1000))).toBe(1016);
  });
});
