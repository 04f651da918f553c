import type { OpenApiDocument } from './openapi';
import { indexOperations, Operation, responseFor } from './operations';
import type { SchemaCompiler, ValidateFunction } from './validators';

/** What the build records next to a contract's standalone validators (dist/spec/compiled/<name>.meta.json). */
export interface PrecompiledMeta {
  /** sha256 of each source document's text, by file name: a changed spec makes the artifact stale. */
  sources: Record<string, string>;
  document: OpenApiDocument;
  referenced: Record<string, OpenApiDocument>;
  /** JSON pointer → export name of the standalone module. */
  exports: Record<string, string>;
}

/** The compiled validators of one operation. */
export interface OperationValidators {
  /** The request body's schema. */
  body?: ValidateFunction;
  /** Parameter schemas, keyed `path:opportunity_id`, `query:x`, `header:x`. */
  params: Map<string, ValidateFunction>;
  /** Response body schemas, keyed by the status as the spec writes it (`200`, `4XX`). */
  responses: Map<string, ValidateFunction>;
}

/** A loaded OpenAPI document with its operations indexed and every validator compiled. */
export interface Contract {
  file: string;
  document: OpenApiDocument;
  /** The sibling documents it `$ref`s, by file name (`openapi.yaml`). */
  referenced: Readonly<Record<string, OpenApiDocument>>;
  operations: ReadonlyMap<string, Operation>;
  compiler: SchemaCompiler;
  validators: ReadonlyMap<string, OperationValidators>;
  /** The operation, or a SpecLoadError naming the known ones. */
  operation(operationId: string): Operation;
  /** The body validator of a response (exact status, then range, then default), if it has a body. */
  responseValidator(operationId: string, status: number): ValidateFunction | undefined;
}

/**
 * A contract from a parsed document and its compiler: the operations indexed and every request, parameter and
 * response validator looked up (precompiled) or compiled, once. Knows no file system: spec/contract.ts loads
 * documents from disk, spec/embedded.ts from the build's generated module.
 */
export function buildContract(file: string, document: OpenApiDocument, referenced: Readonly<Record<string, OpenApiDocument>>, compiler: SchemaCompiler): Contract {
  const operations = indexOperations(document);
  const validators = new Map<string, OperationValidators>();
  for (const op of operations.values()) {
    const responses = new Map<string, ValidateFunction>();
    for (const response of op.responses.values()) {
      if (response.schemaPointer) responses.set(response.status, compiler.compile(response.schemaPointer));
    }
    validators.set(op.operationId, {
      body: op.requestBody?.schemaPointer ? compiler.compile(op.requestBody.schemaPointer) : undefined,
      params: new Map(op.parameters.map((p) => [`${p.in}:${p.name}`, compiler.compile(p.schemaPointer)])),
      responses,
    });
  }
  const contract: Contract = {
    file,
    document,
    referenced,
    operations,
    compiler,
    validators,
    operation(operationId) {
      const op = operations.get(operationId);
      if (!op) {
        throw new Error(`Unknown operation "${operationId}" in ${file}. Known: ${[...operations.keys()].join(', ')}.`);
      }
      return op;
    },
    responseValidator(operationId, status) {
      const response = responseFor(contract.operation(operationId), status);
      return response && validators.get(operationId)?.responses.get(response.status);
    },
  };
  return contract;
}
