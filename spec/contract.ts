import { basename, dirname, join } from 'node:path';
import { OpenApiDocument, readDocument } from './document';
import { indexOperations, Operation, responseFor } from './operations';
import { SPEC_FILES } from './paths';
import { loadPrecompiled } from './precompiled';
import { SchemaCompiler, ValidateFunction } from './validators';

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

const contracts = new Map<string, Contract>();

/** The sibling documents a document `$ref`s (`./openapi.yaml#/…`), and theirs, by file name. */
export function referencedDocuments(document: OpenApiDocument, file: string, found: Record<string, OpenApiDocument> = {}) {
  for (const [, name] of JSON.stringify(document).matchAll(/"\$ref":"\.\/([^#"]+)#/g)) {
    if (name in found || name === basename(file)) continue;
    found[name] = readDocument(join(dirname(file), name));
    referencedDocuments(found[name], join(dirname(file), name), found);
  }
  return found;
}

/** How `loadContract` compiles. */
export interface LoadContractOptions {
  /** Compile from the YAML even when the build left precompiled validators (the build itself does). */
  compile?: boolean;
  /** Keep generated code for `compiler.standalone()`. */
  emitSource?: boolean;
}

/**
 * Loads an OpenAPI document, indexes its operations and has every request, parameter and response
 * validator ready, once per file and process: from the build's precompiled standalone validators when the
 * spec is unchanged since the build, else compiled from the YAML. Request handling only looks them up.
 */
export function loadContract(file: string = SPEC_FILES.monaco, options: LoadContractOptions = {}): Contract {
  const cached = contracts.get(file);
  if (cached && !options.compile) return cached;
  const precompiled = options.compile ? undefined : loadPrecompiled(file);
  const document = precompiled?.meta.document ?? readDocument(file);
  const operations = indexOperations(document);
  const referenced = precompiled?.meta.referenced ?? referencedDocuments(document, file);
  const compiler = new SchemaCompiler(document, basename(file), {
    referenced,
    precompiled: precompiled?.validators,
    emitSource: options.emitSource,
  });
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
  if (!options.compile) contracts.set(file, contract);
  return contract;
}
