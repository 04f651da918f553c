import { pointer, type OpenApiDocument } from '../../../spec/openapi';
import type { Operation } from '../../../spec/operations';
import type { RequestContext } from './context';
import { canonicalUuid } from './uuid';

/** Where a value holds UUIDs, per its JSON Schema (`format: uuid`): itself, some properties, its items. */
export interface IdPlan {
  uuid?: true;
  properties?: ReadonlyMap<string, IdPlan>;
  items?: IdPlan;
}

type Schema = Record<string, unknown>;

function merge(into: { uuid?: true; properties?: Map<string, IdPlan>; items?: IdPlan }, plan: IdPlan | undefined): void {
  if (!plan) return;
  if (plan.uuid) into.uuid = true;
  if (plan.items) into.items = into.items ? mergedPlan([into.items, plan.items]) : plan.items;
  for (const [name, child] of plan.properties ?? []) {
    into.properties ??= new Map();
    const known = into.properties.get(name);
    into.properties.set(name, known ? mergedPlan([known, child])! : child);
  }
}

function mergedPlan(plans: (IdPlan | undefined)[]): IdPlan | undefined {
  const out: { uuid?: true; properties?: Map<string, IdPlan>; items?: IdPlan } = {};
  for (const plan of plans) merge(out, plan);
  return out.uuid || out.properties || out.items ? out : undefined;
}

/**
 * The UUID plan of a schema: every place a `format: uuid` string sits (through `$ref`, `allOf`/`anyOf`/`oneOf`,
 * `properties` and `items`). Derived once per operation at start-up; `undefined` when the schema holds none.
 */
export function idPlanOf(document: OpenApiDocument, schema: unknown, seen: Set<unknown> = new Set()): IdPlan | undefined {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return undefined;
  let node = schema as Schema;
  seen.add(node);
  try {
    if (typeof node.$ref === 'string') {
      const target = idPlanOf(document, pointer(document, node.$ref), seen);
      const { $ref: _ref, ...rest } = node;
      return mergedPlan([target, Object.keys(rest).length ? idPlanOf(document, rest, seen) : undefined]);
    }
    const parts: (IdPlan | undefined)[] = [];
    if (node.format === 'uuid') parts.push({ uuid: true });
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      for (const branch of (node[keyword] as unknown[] | undefined) ?? []) parts.push(idPlanOf(document, branch, seen));
    }
    const items = idPlanOf(document, node.items, seen);
    if (items) parts.push({ items });
    const properties = new Map<string, IdPlan>();
    for (const [name, child] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) {
      const plan = idPlanOf(document, child, seen);
      if (plan) properties.set(name, plan);
    }
    if (properties.size) parts.push({ properties });
    return mergedPlan(parts);
  } finally {
    seen.delete(schema);
  }
}

/** Canonicalises the UUIDs of a value in place, where its plan says they are; returns the value. */
export function canonicalizeIds(value: unknown, plan: IdPlan): unknown {
  if (typeof value === 'string') return plan.uuid ? (canonicalUuid(value) ?? value) : value;
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (plan.items) for (let i = 0; i < value.length; i++) value[i] = canonicalizeIds(value[i], plan.items);
    return value;
  }
  for (const [name, child] of plan.properties ?? []) {
    const record = value as Record<string, unknown>;
    if (Object.hasOwn(record, name)) record[name] = canonicalizeIds(record[name], child);
  }
  return value;
}

/** The UUID plans of one operation: its body and each parameter that holds ids. */
export interface OperationIdPlans {
  body?: IdPlan;
  params: { in: string; name: string; plan: IdPlan }[];
}

export function operationIdPlans(document: OpenApiDocument, operation: Operation): OperationIdPlans {
  const params: OperationIdPlans['params'] = [];
  for (const param of operation.parameters) {
    if (param.in !== 'path' && param.in !== 'query') continue; // handlers read headers from the request (the spec declares no id headers)
    const plan = idPlanOf(document, pointer(document, param.schemaPointer));
    if (plan) params.push({ in: param.in, name: param.name, plan });
  }
  const bodySchema = operation.requestBody?.schemaPointer ? pointer(document, operation.requestBody.schemaPointer) : undefined;
  return { body: idPlanOf(document, bodySchema), params };
}

/**
 * Canonicalises every id a request carries, as Monaco's Pydantic models do before anything reads them: body
 * fields, path and query parameters whose schema says `format: uuid`. Handlers, references,
 * idempotency keys and the stored echo then see one form (the journal keeps the bytes as sent).
 */
export function canonicalizeRequestIds(ctx: RequestContext, plans: OperationIdPlans): void {
  if (plans.body && ctx.body?.kind === 'json') canonicalizeIds(ctx.body.value, plans.body);
  for (const param of plans.params) {
    if (param.in === 'path' && typeof ctx.params[param.name] === 'string') {
      ctx.params[param.name] = canonicalizeIds(ctx.params[param.name], param.plan) as string;
    } else if (param.in === 'query' && ctx.query[param.name] !== undefined) {
      ctx.query = Object.assign(Object.create(null), ctx.query, { [param.name]: canonicalizeIds(ctx.query[param.name], param.plan) });
    }
  }
}
