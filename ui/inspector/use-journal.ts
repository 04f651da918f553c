import { useEffect, useRef, useState } from 'preact/hooks';
import { admin, query } from '../common/admin-client.js';
import { followFeed } from './live.js';
import type { AdminChange, JournalEntry, RequestList } from './types.js';

/** The most rows the page keeps (the journal keeps 1000 per session by default). */
export const MAX_ROWS = 500;

export interface Journal {
  /** Newest first. */
  entries: JournalEntry[];
  /** How many the session's journal holds. */
  total: number;
  live: 'connecting' | 'live' | 'refused';
  /** Listed at least once. */
  loaded: boolean;
  problem: unknown;
}

const byNewest = (a: JournalEntry, b: JournalEntry) => b.id - a.id;

/**
 * The journal of a session (`''`: every session), live: listed once, then followed through the event feed.
 * A `changed` event (a reset, a scenario…) lists it again and calls `onChange`.
 */
export function useJournal(session: string, onChange: (change: AdminChange) => void): Journal {
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [live, setLive] = useState<Journal['live']>('connecting');
  const [problem, setProblem] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);
  const lastId = useRef(0);
  const arrived = useRef<JournalEntry[] | null>(null); // entries streamed while the newest listing is on its way
  const generation = useRef(0); // which listing is the newest: only it may commit
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    let stopped = false;
    // Two changes close together (a reset then a scenario), or a session switch mid-listing, start overlapping
    // listings: each collects its own streamed entries, and only the newest one commits what it found.
    const reload = async () => {
      const mine = ++generation.current;
      const arrivedHere: JournalEntry[] = [];
      arrived.current = arrivedHere;
      try {
        const list = await admin<RequestList>(`/__admin/requests${query({ session, limit: MAX_ROWS })}`);
        if (stopped || mine !== generation.current) return; // a newer listing is on its way
        const seen = new Set(list.requests.map((e) => e.id));
        const extra = arrivedHere.filter((e) => !seen.has(e.id));
        const merged = [...extra, ...list.requests].sort(byNewest).slice(0, MAX_ROWS);
        lastId.current = Math.max(lastId.current, merged[0]?.id ?? 0);
        setEntries(merged);
        setTotal(list.total + extra.length);
        setProblem(null);
        setLoaded(true);
      } catch (error) {
        if (!stopped && mine === generation.current) setProblem(error);
      } finally {
        if (arrived.current === arrivedHere) arrived.current = null;
      }
    };
    lastId.current = 0;
    setEntries([]);
    setLoaded(false);
    let stop = () => {};
    void reload().then(() => {
      if (stopped) return;
      stop = followFeed(session, () => lastId.current, {
        request(entry) {
          lastId.current = Math.max(lastId.current, entry.id);
          arrived.current?.push(entry);
          setEntries((rows) => (rows.some((r) => r.id === entry.id) ? rows : [entry, ...rows].slice(0, MAX_ROWS)));
          setTotal((n) => n + 1);
        },
        changed(change) {
          void reload();
          changeRef.current(change);
        },
        overflow: () => void reload(),
        status(state, error) {
          setLive(state);
          if (error) setProblem(error);
        },
      });
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [session]);

  return { entries, total, live, loaded, problem };
}
