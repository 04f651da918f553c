import type Ajv2020 from 'ajv/dist/2020';
import type { OpenApiDocument } from './openapi';
import type { AjvFactory, SchemaCompiler } from './validators';

/**
 * The ajv a document's schemas compile in (JSON Schema 2020-12 and formats, the document and the siblings it
 * `$ref`s registered by file name). `emitSource` keeps the generated code, so `standaloneCode` can write it out
 * (the build does). ajv is loaded on first use: a built mock, which only loads precompiled validators, never needs it.
 */
export function ajvFactory(emitSource = false): AjvFactory {
  return (document: OpenApiDocument, id: string, referenced: Readonly<Record<string, OpenApiDocument>>): Ajv2020 => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const Ajv = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
    const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
    const { _ } = require('ajv/dist/compile/codegen') as typeof import('ajv/dist/compile/codegen');
    /* eslint-enable @typescript-eslint/no-require-imports */
    // strict:false because the document itself (openapi, info, paths…) is not a schema; its schemas are
    // linted by Redocly in `npm test`.
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      ...(emitSource ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
    });
    addFormats(ajv);
    ajv.addSchema(document as object, id);
    for (const [name, other] of Object.entries(referenced)) ajv.addSchema(other as object, name);
    return ajv;
  };
}

/** A CommonJS module exporting every validator a compiler has compiled (made with `ajvFactory(true)`), and which export is which pointer. */
export function standaloneCode(compiler: SchemaCompiler): { code: string; exports: Record<string, string> } {
  const exports: Record<string, string> = {};
  const refs: Record<string, string> = {};
  compiler.compiled().forEach((pointer, i) => {
    exports[pointer] = `v${i}`;
    refs[`v${i}`] = `${compiler.id}${pointer}`;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const standalone = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  return { code: standalone(compiler.instance(), refs), exports };
}
