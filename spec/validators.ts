import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { OpenApiDocument } from './document';
import { SpecLoadError } from './errors';

export type { ErrorObject, ValidateFunction };

/** How a SchemaCompiler gets its validators. */
export interface SchemaCompilerOptions {
  /** Documents it `$ref`s (`./openapi.yaml#/…`), by file name. */
  referenced?: Record<string, OpenApiDocument>;
  /** Validators compiled at build time (`npm run build`), by JSON pointer: used instead of compiling. */
  precompiled?: ReadonlyMap<string, ValidateFunction>;
  /** Keep the generated code, so `standalone()` can write it out (the build does). */
  emitSource?: boolean;
}

/**
 * Validators for the schemas of one OpenAPI document, by JSON pointer, with every `$ref` resolved (ajv,
 * JSON Schema 2020-12 + formats). Each is compiled once and cached; the build precompiles them all to
 * standalone code, so start-up only loads them.
 */
export class SchemaCompiler {
  private ajv?: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(
    private readonly doc: OpenApiDocument,
    /** The id the document is registered under: its file name, e.g. `openapi.yaml`. */
    private readonly id: string,
    private readonly options: SchemaCompilerOptions = {},
  ) {
    for (const [pointer, validate] of options.precompiled ?? []) this.cache.set(pointer, validate);
  }

  /**
   * The ajv instance, made on first need: never, when every validator was precompiled, so a built mock does
   * not even load ajv's compiler.
   */
  private instance(): Ajv2020 {
    if (!this.ajv) {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const Ajv = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
      const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
      const { _ } = require('ajv/dist/compile/codegen') as typeof import('ajv/dist/compile/codegen');
      /* eslint-enable @typescript-eslint/no-require-imports */
      // strict:false because the document itself (openapi, info, paths…) is not a schema; its schemas are
      // linted by Redocly in `npm test`.
      this.ajv = new Ajv({
        strict: false,
        allErrors: true,
        validateSchema: false,
        ...(this.options.emitSource ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
      });
      addFormats(this.ajv);
      this.ajv.addSchema(this.doc as object, this.id);
      for (const [name, other] of Object.entries(this.options.referenced ?? {})) this.ajv.addSchema(other as object, name);
    }
    return this.ajv;
  }

  /** The validator of the schema at a JSON pointer, e.g. `#/components/schemas/OpportunityResponse`. */
  compile(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      try {
        validate = this.instance().getSchema(`${this.id}${pointer}`);
      } catch (error) {
        throw new SpecLoadError(`Failed to compile the schema at ${this.id}${pointer}: ${(error as Error).message}`);
      }
      if (!validate) throw new SpecLoadError(`No schema at ${this.id}${pointer}.`);
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  /** The raw (unresolved) object of a named component schema. */
  schemaObject(name: string): { properties?: Record<string, unknown>; [keyword: string]: unknown } {
    const schema = this.doc.components?.schemas?.[name];
    if (!schema) throw new SpecLoadError(`No schema named ${name} in ${this.id}.`);
    return schema;
  }

  /** The validator of a named component schema. */
  schema(name: string): ValidateFunction {
    return this.compile(`#/components/schemas/${name}`);
  }

  /** Compiles every component schema (the build precompiles them all). */
  compileAll(): void {
    for (const name of Object.keys(this.doc.components?.schemas ?? {})) this.schema(name);
  }

  /** A CommonJS module exporting every validator compiled so far, and which export is which pointer. */
  standalone(): { code: string; exports: Record<string, string> } {
    if (!this.options.emitSource) throw new SpecLoadError('standalone() needs a SchemaCompiler made with emitSource.');
    const exports: Record<string, string> = {};
    const refs: Record<string, string> = {};
    [...this.cache.keys()].forEach((pointer, i) => {
      exports[pointer] = `v${i}`;
      refs[`v${i}`] = `${this.id}${pointer}`;
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
    return { code: standaloneCode(this.instance(), refs), exports };
  }
}
