import type { Catalogue, Comparable } from './catalogue/fields';
import type { ValidationErrorItem } from '../types';

/** How a list is ordered. */
export interface SortOrder<R> {
  key: (record: R) => string | number | boolean | null;
  descending: boolean;
}

/** The default sort, as Monaco's: newest first. */
const DEFAULT_SORT = '-created_at';

/** A sortable field's key for a record: its `order` when it has one, else its value (strings without regard to case). */
function sortKey(value: Comparable): string | number | boolean | null {
  if (value === null || Array.isArray(value)) return null;
  return typeof value === 'string' ? value.toLowerCase() : (value as string | number | boolean);
}

/** `sort` (`created_at`, `-amount`) as an order, or the problem at `["body", "sort"]`. */
export function parseSort<R>(catalogue: Catalogue<R>, sort: string = DEFAULT_SORT): SortOrder<R> | ValidationErrorItem {
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  const field = catalogue.byKey.get(name);
  if (!field || !field.sortable) {
    const sortable = catalogue.fields.filter((f) => f.sortable).map((f) => f.key);
    const shown = sortable.length > 8 ? `${sortable.slice(0, 8).join(', ')}, …` : sortable.join(', ');
    return { loc: ['body', 'sort'], msg: `Cannot sort by '${name}'. Sortable fields: ${shown} (GET /v1/schemas/${catalogue.entity})`, type: 'sort_field' };
  }
  const order = field.order;
  return { key: order ? (record) => order(record) : (record) => sortKey(field.read(record)), descending };
}

type Key = string | number | boolean | null;
type Keyed<R> = { record: R; key: Key };

/** The order of two keyed records: by key (`direction` 1 or -1, no value last either way), then by id ascending. */
function comparator<R>(direction: number, idOf: (record: R) => string) {
  return (a: Keyed<R>, b: Keyed<R>): number => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return (a.key < b.key ? -1 : 1) * direction;
    }
    const x = idOf(a.record);
    const y = idOf(b.record);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/**
 * The `k` first records in order, sorted: a bounded max-heap, O(n log k) instead of sorting all n, and only
 * the records that enter the heap are wrapped with their key.
 */
function firstK<R>(records: readonly R[], k: number, keyOf: (record: R) => Key, compare: (a: Keyed<R>, b: Keyed<R>) => number): Keyed<R>[] {
  const heap: Keyed<R>[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const probe: Keyed<R> = { record: records[0], key: null };
  for (const record of records) {
    probe.record = record;
    probe.key = keyOf(record);
    if (heap.length < k) {
      heap.push({ ...probe });
      for (let i = heap.length - 1; i > 0 && compare(heap[i], heap[(i - 1) >> 1]) > 0; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(probe, heap[0]) < 0) {
      heap[0] = { ...probe };
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < k && compare(heap[l], heap[largest]) > 0) largest = l;
        if (r < k && compare(heap[r], heap[largest]) > 0) largest = r;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    }
  }
  return heap.sort(compare);
}

/**
 * The records in order (each key computed once): by the key, `descending` or not, records without a value
 * last either way, ties broken by id ascending, so every page of a query is stable. With `limit`, only the
 * first `limit` are returned, found without sorting the rest (a first page of 50,000 records is cheap).
 */
export function sortRecords<R>(records: readonly R[], order: SortOrder<R>, idOf: (record: R) => string, limit = records.length): R[] {
  if (limit <= 0 || records.length === 0) return [];
  const compare = comparator<R>(order.descending ? -1 : 1, idOf);
  const sorted =
    limit < records.length / 2
      ? firstK(records, limit, order.key, compare)
      : records.map((record) => ({ record, key: order.key(record) })).sort(compare).slice(0, limit);
  return sorted.map((k) => k.record);
}
