import { useCallback, useEffect, useState } from 'preact/hooks';
import { admin, explain } from '../common/admin-client.js';

/** An admin GET, fetched again whenever `version` (or the path) changes. */
export function useAdmin<T>(path: string, version: number): { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    admin<T>(path).then(
      (value) => current && (setData(value), setError(null)),
      (e) => current && setError(explain(e)),
    );
    return () => {
      current = false;
    };
  }, [path, version, tick]);
  return { data, error, reload: useCallback(() => setTick((n) => n + 1), []) };
}

/** Runs an admin action, reporting its failure; resolves once it is done. */
export function useAction(report: (message: string | null) => void) {
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      report(null);
    } catch (error) {
      report(explain(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
