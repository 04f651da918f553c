import { CUSTOM_FIELD_PREFIX, PaginationInfo } from '../types';
import { SortOrder, sortRecords } from './sort';

/** A list request, read and compiled: what `runList` runs. */
export interface ListQuery<R> {
  matches: (record: R) => boolean;
  order: SortOrder<R>;
  page: number;
  pageSize: number;
  includeCustomFields: boolean;
}

/** One page of a list answer. */
export interface ListPage<R> {
  data: R[];
  pagination: PaginationInfo;
}

/** A record without its `custom_field_<uuid>` keys (a copy; the stored one is left as it is). */
function withoutCustomFields<R extends object>(record: R): R {
  const copy: Record<string, unknown> = {};
  for (const key in record) if (!key.startsWith(CUSTOM_FIELD_PREFIX) || key === 'custom_field_explanations') copy[key] = record[key];
  return copy as R;
}

/**
 * Runs a query over records: one pass to filter, then the matches ordered up to the end of the page (each
 * sort key computed once; the rest is never sorted), and the page sliced off. Past the last page the page is
 * empty; `total_pages` is 0 when nothing matches.
 */
export function runList<R extends object>(records: Iterable<R>, query: ListQuery<R>, idOf: (record: R) => string): ListPage<R> {
  const matched: R[] = [];
  for (const record of records) if (query.matches(record)) matched.push(record);
  const start = (query.page - 1) * query.pageSize;
  const page = start >= matched.length ? [] : sortRecords(matched, query.order, idOf, start + query.pageSize).slice(start);
  return {
    data: query.includeCustomFields ? page : page.map(withoutCustomFields),
    pagination: { page: query.page, page_size: query.pageSize, total_count: matched.length, total_pages: Math.ceil(matched.length / query.pageSize) },
  };
}
