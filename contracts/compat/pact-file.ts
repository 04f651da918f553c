import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContract } from '../../spec/contract';
import { pathMatcher } from '../../spec/operations';

/** The parts of a pact file (V2–V4) the checks read. */
export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata?: { pactSpecification?: { version?: string } };
}

export interface PactInteraction {
  type?: string;
  description: string;
  request: { method: string; path: string; [key: string]: unknown };
  response: { status: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** One interaction, as a line of a report. */
export interface InteractionSummary {
  index: number;
  description: string;
  method: string;
  path: string;
  status: number;
  /** The operation of spec/openapi.yaml it calls, if any. */
  operationId?: string;
}

const HTTP = 'Synchronous/HTTP';

/** Whether a pact source is an http(s) URL (the verifier reads it itself) rather than a local file. */
export const isPactUrl = (source: string) => /^https?:\/\//.test(source);

/**
 * The pacts named on a `monaco-contracts` command line: each file as an absolute path, each folder as its
 * `*.json` files (sorted), each http(s) URL as is (`urls: false` for checks that read files only). Throws
 * when nothing is named, a file or folder is not there, or no pact file is found.
 */
export function pactSources(sources: string[], { urls = true }: { urls?: boolean } = {}): string[] {
  const kinds = urls ? 'pact files, folders of *.json pacts, or http(s) URLs of pacts' : 'pact files, or folders of *.json pacts';
  if (sources.length === 0) throw new Error(`Name the pacts to check: ${kinds} (your consumer tests write them).`);
  const found = sources.flatMap((source) => {
    if (urls && isPactUrl(source)) return [source];
    const path = resolve(source);
    if (!existsSync(path)) throw new Error(`No pact at ${path}. Pass a pact file, a folder of pacts${urls ? ', or an http(s) URL' : ''}.`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
  });
  if (found.length === 0) throw new Error(`No pact files (*.json) in ${sources.join(', ')}: run the consumer tests that write them first.`);
  return found;
}

/** The local pact files named (files, or folders of `*.json`): `pactSources` without URLs, as `compat` reads them. */
export const findPactFiles = (inputs: string[]): string[] => pactSources(inputs, { urls: false });

/** Reads a pact file; throws, naming the file, when it is not one. */
export function readPact(file: string): PactFile {
  let pact: Partial<PactFile>;
  try {
    pact = JSON.parse(readFileSync(file, 'utf8')) as Partial<PactFile>;
  } catch (error) {
    throw new Error(`Failed to read the pact ${file}: ${(error as Error).message}.`);
  }
  if (!Array.isArray(pact.interactions) || !pact.consumer || !pact.provider) {
    throw new Error(`${file} is not a pact file: it needs consumer, provider and interactions.`);
  }
  return pact as PactFile;
}

/**
 * The pact's HTTP interactions, and the others (V4 messages, plugin interactions), which swagger-mock-validator
 * cannot check and which must therefore fail the pact rather than pass unnoticed.
 */
export function splitInteractions(pact: PactFile): { http: PactFile; uncheckable: PactInteraction[] } {
  const isHttp = (i: PactInteraction) => (i.type === undefined || i.type === HTTP) && typeof i.request?.path === 'string';
  return { http: { ...pact, interactions: pact.interactions.filter(isHttp) }, uncheckable: pact.interactions.filter((i) => !isHttp(i)) };
}

/** The operationId of spec/openapi.yaml that a method and a concrete path (its query string aside) call. */
export function operationOf(method: string, pathAndQuery: string): string | undefined {
  const path = pathAndQuery.split('?')[0];
  for (const op of loadContract().operations.values()) {
    if (op.method === method.toLowerCase() && pathMatcher(op.path).pattern.test(path)) return op.operationId;
  }
  return undefined;
}

export function summarize(pact: PactFile): InteractionSummary[] {
  return pact.interactions.map((i, index) => ({
    index,
    description: i.description,
    method: i.request.method,
    path: i.request.path,
    status: i.response.status,
    operationId: operationOf(i.request.method, i.request.path),
  }));
}

/** A copy of the pact with request paths mapped (e.g. the preview path to the GA path the published spec knows). */
export function withMappedPaths(pact: PactFile, pathMap: Record<string, string>): { pact: PactFile; mapped: string[] } {
  const mapped = new Set<string>();
  const interactions = pact.interactions.map((i) => {
    const target = pathMap[i.request.path];
    if (target === undefined) return i;
    mapped.add(`${i.request.path} → ${target}`);
    return { ...i, request: { ...i.request, path: target } };
  });
  return { pact: { ...pact, interactions }, mapped: [...mapped] };
}
