import type { Catalogue, Field } from './catalogue/fields';
import type { FilterCondition, FilterExpression, FilterRule, ValidationErrorItem } from '../types';
import { compileCondition } from './conditions';

type Loc = (string | number)[];
type Predicate<R> = (record: R) => boolean;

/** Filters that passed the schema: a flat list of rules, or an expression. */
export type Filters = FilterRule[] | FilterExpression;

const listed = (keys: string[], max = 8) => (keys.length > max ? `${keys.slice(0, max).join(', ')}, …` : keys.join(', '));

/** Why a field is not a filter field, with the field it most likely meant. */
function unknownField<R>(catalogue: Catalogue<R>, key: string): string {
  const filterable = catalogue.fields.filter((f) => f.filterable);
  const last = key.split('.').pop()!.toLowerCase();
  const meant = filterable.find((f) => f.key.toLowerCase() === key.toLowerCase() || (key.includes('.') && f.key.toLowerCase() === last));
  const hint = meant ? ` Did you mean '${meant.key}'${meant.parent ? ` (${meant.parent}.${meant.key})` : ''}?` : '';
  return `Unknown field '${key}'.${hint} Filterable fields: ${listed(filterable.map((f) => f.key))} (GET /v1/schemas/${catalogue.entity})`;
}

/**
 * Compiles schema-valid filters against an entity's catalogue into one predicate, or lists every problem at
 * its `loc` (a field the entity does not filter on, a condition the field does not allow, a value it cannot
 * take). A flat list is ANDed; an expression combines its members with `and` (the default) or `or`; an empty
 * list or expression matches every record. Dates' semantic periods are relative to `nowMs`.
 */
export function compileFilters<R>(catalogue: Catalogue<R>, filters: Filters | undefined, nowMs: number): Predicate<R> | ValidationErrorItem[] {
  const problems: ValidationErrorItem[] = [];
  const rule = (r: FilterRule, loc: Loc): Predicate<R> => {
    const field = catalogue.byKey.get(r.field) as Field<R> | undefined;
    if (!field || !field.filterable) {
      problems.push({ loc: [...loc, 'field'], msg: unknownField(catalogue, r.field), type: 'filter_field' });
      return () => false;
    }
    const test = compileCondition(field as Field<unknown>, r.condition as FilterCondition, r.value, nowMs);
    if (typeof test !== 'function') {
      problems.push({ loc: [...loc, test.at], msg: test.msg, type: `filter_${test.at}` });
      return () => false;
    }
    return (record) => test(field.read(record));
  };
  const all = (members: Predicate<R>[]): Predicate<R> => (members.length === 1 ? members[0] : (record) => members.every((p) => p(record)));
  const expression = (e: FilterExpression, loc: Loc): Predicate<R> => {
    const members = (e.filters ?? []).map((m, i) => ('field' in m ? rule(m as FilterRule, [...loc, 'filters', i]) : expression(m as FilterExpression, [...loc, 'filters', i])));
    if (members.length === 0) return () => true;
    return e.operator === 'or' ? (record) => members.some((p) => p(record)) : all(members);
  };
  let predicate: Predicate<R> = () => true;
  if (Array.isArray(filters)) {
    if (filters.length) predicate = all(filters.map((r, i) => rule(r, ['body', 'filters', i])));
  } else if (filters) {
    predicate = expression(filters, ['body', 'filters']);
  }
  return problems.length ? problems : predicate;
}
