import { readFileSync } from 'node:fs';
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

const documents = new Map<string, OpenApiDocument>();

/** Reads an OpenAPI document (YAML or JSON), once per file and process. Callers must not change it. */
export function readDocument(file: string): OpenApiDocument {
  let document = documents.get(file);
  if (!document) {
    document = parseDocument(file);
    documents.set(file, document);
  }
  return document;
}

function parseDocument(file: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecLoadError(`Failed to read the OpenAPI document ${file}: ${(error as Error).message}.`);
  }
  let doc: unknown;
  try {
    // yaml is loaded only when a document is parsed: a built mock reads precompiled JSON and never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    doc = file.endsWith('.json') ? JSON.parse(text) : (require('yaml') as typeof import('yaml')).parse(text);
  } catch (error) {
    throw new SpecLoadError(`Failed to parse ${file}: ${(error as Error).message}. Check its YAML/JSON syntax.`);
  }
  const candidate = doc as Partial<OpenApiDocument> | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.openapi !== 'string' || !candidate.paths) {
    throw new SpecLoadError(`${file} is not an OpenAPI document: it needs "openapi" and "paths" at the top level.`);
  }
  return candidate as OpenApiDocument;
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
