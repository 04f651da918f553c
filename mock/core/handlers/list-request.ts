import type { Catalogue } from '../query/catalogue/fields';
import type { RequestContext } from '../pipeline/context';
import { validationError } from '../errors';
import { filterShapeProblems, filterSizeProblem } from '../query/filter-shape';
import { compileFilters } from '../query/filters';
import type { ListQuery } from '../query/list';
import { parseSort, SortOrder } from '../query/sort';
import type { MockRuntime } from '../runtime';
import type { OpportunityListRequest, ValidationErrorItem } from '../types';
import { bodyProblems, jsonBody } from './common';

const DEFAULT_PAGE_SIZE = 50;

/**
 * Reads a list request (`POST /v1/{entity}/list`; the body is optional): the filters' size first (before any
 * recursive walk), then the schema (filter problems reported node by node), then the filters and sort
 * against the entity's catalogue. Throws one 422 listing every problem at its `loc`.
 */
export function readListRequest<R>(runtime: MockRuntime, ctx: RequestContext, catalogue: Catalogue<R>): ListQuery<R> {
  const body = jsonBody(ctx, 'the list request', true) as OpportunityListRequest;
  const tooBig = body && typeof body === 'object' && 'filters' in body ? filterSizeProblem(body.filters) : undefined;
  if (tooBig) throw validationError([tooBig]);
  const checked = bodyProblems(runtime, ctx, body);
  if (checked.details.length) {
    const inFilters = (e: { instancePath: string }) => e.instancePath === '/filters' || e.instancePath.startsWith('/filters/');
    const others = checked.details.filter((d) => d.loc[1] !== 'filters');
    const shape = checked.errors.some(inFilters) ? filterShapeProblems(runtime.contract.compiler, body.filters) : [];
    throw validationError([...others, ...(shape.length ? shape : checked.details.filter((d) => d.loc[1] === 'filters'))]);
  }
  const problems: ValidationErrorItem[] = [];
  const matches = compileFilters(catalogue, body.filters, ctx.nowMs);
  if (Array.isArray(matches)) problems.push(...matches);
  const order = parseSort(catalogue, body.sort);
  if ('loc' in order) problems.push(order);
  if (problems.length) throw validationError(problems);
  return {
    matches: matches as (record: R) => boolean,
    order: order as SortOrder<R>,
    page: body.page ?? 1,
    pageSize: body.page_size ?? DEFAULT_PAGE_SIZE,
    includeCustomFields: body.include_custom_fields ?? true,
  };
}
