import { readFileSync } from 'node:fs';
import { SpecLoadError } from './errors';
import type { OpenApiDocument } from './openapi';

export { pointer, resolveRef } from './openapi';
export type { JsonSchema, OpenApiDocument, PathItem } from './openapi';

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
