import type { SchemaCompiler } from '../../../spec/validators';
import type { ValidationErrorItem } from '../types';
import { detailsFromAjv } from '../pipeline/validation';

type Loc = (string | number)[];

/** How far the mock goes: rules in one request, and expressions nested in one another. */
const FILTER_LIMITS = { rules: 200, depth: 10 } as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRuleShaped = (node: Record<string, unknown>) => 'field' in node || 'condition' in node;

/**
 * Refuses filters past the limits before anything walks them recursively (the schema validator included): one
 * iterative pass that stops at the first node too deep or the first rule too many.
 */
export function filterSizeProblem(filters: unknown): ValidationErrorItem | undefined {
  const stack: [unknown, number][] = [[filters, 0]];
  let rules = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const children = Array.isArray(node) ? node : isObject(node) && Array.isArray(node.filters) ? node.filters : undefined;
    if (!children) {
      if (++rules > FILTER_LIMITS.rules) return problem(`More than ${FILTER_LIMITS.rules} filter rules`, 'too_many_filters');
      continue;
    }
    if (depth > FILTER_LIMITS.depth) return problem(`Filter expressions nested more than ${FILTER_LIMITS.depth} deep`, 'filters_too_deep');
    for (const child of children) stack.push([child, isObject(node) ? depth + 1 : depth]);
  }
  return undefined;
}

function problem(what: string, type: string): ValidationErrorItem {
  return { loc: ['body', 'filters'], msg: `${what}: the mock takes up to ${FILTER_LIMITS.rules} rules nested up to ${FILTER_LIMITS.depth} expressions deep`, type };
}

/**
 * What is wrong with the shape of `filters`, node by node. The schema's `oneOf` (a list of rules, or an
 * expression whose members are rules or expressions) makes a validator report every branch it tried; here
 * each node is checked as what it is meant to be (an object with `field` or `condition` is a rule, another
 * object an expression), against that one schema of the spec, so each problem is reported once, at its loc.
 */
export function filterShapeProblems(compiler: SchemaCompiler, filters: unknown): ValidationErrorItem[] {
  const details: ValidationErrorItem[] = [];
  const check = (schema: 'FilterRule' | 'FilterExpression', value: unknown, loc: Loc) => {
    const validate = compiler.schema(schema);
    if (!validate(value)) details.push(...detailsFromAjv(validate.errors ?? [], loc));
  };
  const walkExpression = (node: Record<string, unknown>, loc: Loc) => {
    const members = node.filters;
    check('FilterExpression', Array.isArray(members) ? { ...node, filters: [] } : node, loc);
    if (Array.isArray(members)) members.forEach((member, i) => walkMember(member, [...loc, 'filters', i]));
  };
  const walkMember = (node: unknown, loc: Loc) => {
    if (isObject(node) && !isRuleShaped(node)) walkExpression(node, loc);
    else check('FilterRule', node, loc);
  };
  if (Array.isArray(filters)) {
    filters.forEach((rule, i) => {
      if (isObject(rule) && !isRuleShaped(rule) && ('filters' in rule || 'operator' in rule)) {
        details.push({ loc: ['body', 'filters', i], msg: 'A flat list of filters holds rules only: send the whole filter as an expression {"operator", "filters"} to nest one', type: 'filter_shape' });
      } else {
        check('FilterRule', rule, ['body', 'filters', i]);
      }
    });
  } else if (isObject(filters) && isRuleShaped(filters) && !('filters' in filters)) {
    details.push({ loc: ['body', 'filters'], msg: 'A single rule is not a valid filter: send it in a list, [{"field", "condition", "value"}]', type: 'list_type' });
  } else if (isObject(filters)) {
    walkExpression(filters, ['body', 'filters']);
  } else {
    details.push({ loc: ['body', 'filters'], msg: 'Input should be a valid list of filter rules or a filter expression', type: 'list_type' });
  }
  return details;
}
