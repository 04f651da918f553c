import { OpenApiDocument, resolveRef } from './openapi';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One declared response of an operation. */
export interface OperationResponse {
  /** The status key as written in the spec: `200`, `422`, or a range such as `4XX`. */
  status: string;
  description: string;
  /** JSON pointer of the `application/json` schema, when the response has a body. */
  schemaPointer?: string;
  /** Named examples (`examples`, or `example` as `default`), resolved. */
  examples: Record<string, unknown>;
  /** Declared header names, lower-cased. */
  headers: string[];
}

/** One declared parameter. */
export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** JSON pointer of its schema. */
  schemaPointer: string;
}

/** An operation of the document, indexed by operationId. */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The path as the spec writes it, e.g. `/v1/opportunities/{opportunity_id}`. */
  path: string;
  /** The form the live API answers without a redirect (`x-mock-canonical-path`, else `path`). */
  canonicalPath: string;
  /**
   * Whether the operation reads or changes state (a read-only key may only read): `x-mock-access`, else by its
   * method (GET, HEAD and OPTIONS read). Monaco's list endpoints are POSTs that read, so they say so.
   */
  access: 'read' | 'write';
  parameters: OperationParameter[];
  requestBody?: {
    required: boolean;
    schemaPointer?: string;
    examples: Record<string, unknown>;
  };
  /** Declared responses by status key. */
  responses: Map<string, OperationResponse>;
}

const READS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options']);

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled path template: its pattern (one capture per parameter, in order) and the parameters' names. */
export interface PathMatcher {
  pattern: RegExp;
  names: string[];
}

/**
 * A matcher of the concrete paths a spec path stands for: `/v1/opportunities/{opportunity_id}` matches
 * `/v1/opportunities/c7a2ea20-…` (one segment per parameter, captured). `slash` also matches the other
 * trailing-slash form; `ignoreCase` matches in any letter case (as the mock routes).
 */
export function pathMatcher(template: string, { slash = false, ignoreCase = false } = {}): PathMatcher {
  const names: string[] = [];
  // Split with a capture: odd parts are the `{name}`s, even parts the literal text between them.
  const parts = template.split(/(\{[^}]+\})/).map((part, i) => (i % 2 ? (names.push(part.slice(1, -1)), '([^/]+)') : escapeRegExp(part)));
  const body = parts.join('');
  return { pattern: new RegExp(`^${slash ? body.replace(/\/$/, '') : body}${slash ? '/?' : ''}$`, ignoreCase ? 'i' : ''), names };
}

/** Indexes every operation of the document by its operationId. */
export function indexOperations(doc: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const item = resolveRef<Record<string, unknown>>(doc, rawItem);
    const itemPointer = `#/paths/${escape(path)}`;
    const canonicalPath = typeof item['x-mock-canonical-path'] === 'string' ? item['x-mock-canonical-path'] : path;
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const operationId = typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`;
      const opPointer = `${itemPointer}/${method}`;
      operations.set(operationId, {
        operationId,
        method,
        path,
        canonicalPath,
        access: op['x-mock-access'] === 'read' || op['x-mock-access'] === 'write' ? op['x-mock-access'] : READS.has(method) ? 'read' : 'write',
        parameters: readParameters(doc, [
          ...((item.parameters as unknown[]) ?? []).map((p, i) => [p, `${itemPointer}/parameters/${i}`] as const),
          ...((op.parameters as unknown[]) ?? []).map((p, i) => [p, `${opPointer}/parameters/${i}`] as const),
        ]),
        requestBody: readRequestBody(doc, op.requestBody, `${opPointer}/requestBody`),
        responses: readResponses(doc, op.responses as Record<string, unknown>, `${opPointer}/responses`),
      });
    }
  }
  return operations;
}

/** Follows a `$ref` and returns the target with the pointer it lives at. */
function located(doc: OpenApiDocument, value: unknown, at: string): [Record<string, unknown>, string] {
  let pointerNow = at;
  let node = value as Record<string, unknown>;
  while (node && typeof node.$ref === 'string') {
    pointerNow = node.$ref;
    node = resolveRef(doc, { $ref: node.$ref });
  }
  return [node, pointerNow];
}

function readParameters(doc: OpenApiDocument, raw: (readonly [unknown, string])[]): OperationParameter[] {
  return raw.map(([value, at]) => {
    const [param, pointer] = located(doc, value, at);
    return {
      name: String(param.name),
      in: param.in as OperationParameter['in'],
      required: param.required === true,
      schemaPointer: `${pointer}/schema`,
    };
  });
}

function readMediaType(doc: OpenApiDocument, content: unknown, at: string) {
  const media = (content as Record<string, Record<string, unknown>> | undefined)?.['application/json'];
  // Null-prototype: example names come from clients (`Prefer: example=toString` must find nothing).
  const examples: Record<string, unknown> = Object.create(null);
  if (!media) return { examples };
  for (const [name, example] of Object.entries((media.examples as Record<string, unknown>) ?? {})) {
    examples[name] = resolveRef<{ value: unknown }>(doc, example).value;
  }
  if (media.example !== undefined && Object.keys(examples).length === 0) examples.default = media.example;
  return {
    schemaPointer: media.schema ? `${at}/${escape('application/json')}/schema` : undefined,
    examples,
  };
}

function readRequestBody(doc: OpenApiDocument, value: unknown, at: string): Operation['requestBody'] {
  if (!value) return undefined;
  const [body, pointer] = located(doc, value, at);
  return { required: body.required === true, ...readMediaType(doc, body.content, `${pointer}/content`) };
}

function readResponses(doc: OpenApiDocument, raw: Record<string, unknown>, at: string) {
  const responses = new Map<string, OperationResponse>();
  for (const [status, value] of Object.entries(raw ?? {})) {
    const [response, pointer] = located(doc, value, `${at}/${escape(status)}`);
    responses.set(status, {
      status,
      description: String(response.description ?? ''),
      headers: Object.keys((response.headers as object) ?? {}).map((h) => h.toLowerCase()),
      ...readMediaType(doc, response.content, `${pointer}/content`),
    });
  }
  return responses;
}

/** The declared response for a status: the exact code first, then its range (`4XX`), then `default`. */
export function responseFor(operation: Operation, status: number): OperationResponse | undefined {
  return (
    operation.responses.get(String(status)) ??
    operation.responses.get(`${String(status)[0]}XX`) ??
    operation.responses.get('default')
  );
}
