import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import type { OpenApiDocument } from './openapi';
import { SpecLoadError } from './errors';

export type { ErrorObject, ValidateFunction };

/** Makes the ajv instance a document's schemas compile in (spec/ajv.ts: ajv with formats, the document and its siblings added). */
export type AjvFactory = (document: OpenApiDocument, id: string, referenced: Readonly<Record<string, OpenApiDocument>>) => Ajv2020;

/** How a SchemaCompiler gets its validators. */
export interface SchemaCompilerOptions {
  /** Documents it `$ref`s (`./openapi.yaml#/…`), by file name. */
  referenced?: Record<string, OpenApiDocument>;
  /** Validators compiled at build time (`npm run build`), by JSON pointer: used instead of compiling. */
  precompiled?: ReadonlyMap<string, ValidateFunction>;
  /**
   * Compiles what was not precompiled. Without one (a bundle for the browser), only precompiled validators are
   * there, so the bundle carries ajv's runtime and never its compiler.
   */
  ajv?: AjvFactory;
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
    readonly id: string,
    private readonly options: SchemaCompilerOptions = {},
  ) {
    for (const [pointer, validate] of options.precompiled ?? []) this.cache.set(pointer, validate);
  }

  /**
   * The ajv instance, made on first need: never, when every validator was precompiled, so a built mock does
   * not even load ajv's compiler.
   */
  instance(): Ajv2020 {
    if (!this.ajv) {
      if (!this.options.ajv) throw new SpecLoadError(`${this.id} has no compiler here: only its precompiled validators (npm run build) can be used.`);
      this.ajv = this.options.ajv(this.doc, this.id, this.options.referenced ?? {});
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

  /** The JSON pointers compiled so far, in compile order. */
  compiled(): string[] {
    return [...this.cache.keys()];
  }
}
