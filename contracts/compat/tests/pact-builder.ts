import { writeFileSync } from 'node:fs';
import { scratchDirs } from '../../../mock/tests/helpers';
import { join } from 'node:path';
import { pointer, resolveRef } from '../../../spec/document';
import { loadContract } from '../../../spec/contract';
import { kitSpec } from '../../kit/spec-data';

/** A V4 HTTP interaction, written by hand (what pact-js would write, without its matching rules). */
export interface RawInteraction {
  description: string;
  method: string;
  path: string;
  requestBody?: unknown;
  headers?: Record<string, string>;
  status: number;
  responseHeaders?: Record<string, string>;
  responseBody?: unknown;
}

const body = (content: unknown) => (content === undefined ? undefined : { content, contentType: 'application/json', encoded: false });
const headers = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, [value]]));

/** A new scratch folder for pact files. */
export const scratchDir = scratchDirs('compat-test-');

/** Writes a V4 pact with these interactions (and any raw extra ones) into `dir`; returns its file. */
export function writePact(dir: string, consumer: string, interactions: RawInteraction[], extra: object[] = []): string {
  const pact = {
    consumer: { name: consumer },
    provider: { name: 'monaco-opportunities' },
    interactions: interactions.map((i) => ({
      type: 'Synchronous/HTTP',
      description: i.description,
      request: {
        method: i.method,
        path: i.path,
        headers: headers({ Authorization: `Bearer ${kitSpec().apiKey.example}`, ...(i.requestBody === undefined ? {} : { 'Content-Type': 'application/json' }), ...i.headers }),
        body: body(i.requestBody),
      },
      response: {
        status: i.status,
        headers: headers({ ...(i.responseBody === undefined ? {} : { 'Content-Type': 'application/json' }), ...i.responseHeaders }),
        body: body(i.responseBody),
      },
    })).concat(extra as never[]),
    metadata: { pactSpecification: { version: '4.0' } },
  };
  const file = join(dir, `${consumer}-monaco-opportunities.json`);
  writeFileSync(file, JSON.stringify(pact, null, 2));
  return file;
}

/** The request an interaction with this operation sends: the spec's first example body, and a path with each parameter's example. */
export function exampleRequest(operationId: string): Pick<RawInteraction, 'method' | 'path' | 'requestBody'> {
  const contract = loadContract();
  const op = contract.operation(operationId);
  let path = op.path;
  for (const param of op.parameters.filter((p) => p.in === 'path')) {
    const { example } = pointer(contract.document, param.schemaPointer.replace(/\/schema$/, '')) as { example: string };
    path = path.replace(`{${param.name}}`, example);
  }
  const examples = op.requestBody?.examples ?? {};
  return { method: op.method.toUpperCase(), path, requestBody: examples.minimal ?? Object.values(examples)[0] };
}

/** The spec's first example body of a response, and the example value of each header it declares. */
export function exampleResponse(operationId: string, status: number): { body?: unknown; headers: Record<string, string> } {
  const contract = loadContract();
  const response = contract.operation(operationId).responses.get(String(status));
  if (!response) throw new Error(`${operationId} declares no ${status} response in spec/openapi.yaml.`);
  const declared = (contract.document.components as { headers: Record<string, { example: unknown }> }).headers;
  const exampleHeaders: Record<string, string> = {};
  for (const name of Object.keys(declared)) {
    if (response.headers.includes(name.toLowerCase())) exampleHeaders[name] = String(resolveRef<{ example: unknown }>(contract.document, declared[name]).example);
  }
  return { body: Object.values(response.examples)[0], headers: exampleHeaders };
}
