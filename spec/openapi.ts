import { SpecLoadError } from './errors';

/** The parts of an OpenAPI 3.1 document the kit reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, JsonSchema>; [section: string]: unknown };
  [key: string]: unknown;
}

export type JsonSchema = Record<string, unknown>;

export interface PathItem {
  [methodOrKey: string]: unknown;
}

/** Follows a local `$ref` (`#/components/...`), repeatedly, and returns the object it names. */
export function resolveRef<T = unknown>(doc: OpenApiDocument, value: unknown): T {
  let current = value as { $ref?: unknown } | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new SpecLoadError(`A $ref chain in ${doc.info.title} is circular: ${current.$ref}.`);
    current = pointer(doc, current.$ref) as { $ref?: unknown } | undefined;
  }
  return current as T;
}

/** Reads a JSON pointer such as `#/components/schemas/OpportunityResponse`. */
export function pointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new SpecLoadError(`Only local $refs are supported, got "${ref}".`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) {
      throw new SpecLoadError(`The $ref "${ref}" points at nothing: no "${key}".`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
