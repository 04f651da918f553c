import { basename, dirname, join } from 'node:path';
import { ajvFactory } from './ajv';
import { buildContract, Contract } from './contract-model';
import { readDocument } from './document';
import type { OpenApiDocument } from './openapi';
import { SPEC_FILES } from './paths';
import { loadPrecompiled } from './precompiled';
import { SchemaCompiler } from './validators';

export type { Contract, OperationValidators } from './contract-model';

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
  /** Keep generated code for `standaloneCode()` (spec/ajv.ts). */
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
  const referenced = precompiled?.meta.referenced ?? referencedDocuments(document, file);
  const compiler = new SchemaCompiler(document, basename(file), { referenced, precompiled: precompiled?.validators, ajv: ajvFactory(options.emitSource) });
  const contract = buildContract(file, document, referenced, compiler);
  if (!options.compile) contracts.set(file, contract);
  return contract;
}
