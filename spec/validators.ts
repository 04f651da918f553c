import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { OpenApiDocument } from './document';
import { SpecLoadError } from './errors';

export type { ErrorObject, ValidateFunction };

/**
 * An ajv (JSON Schema 2020-12 + formats) instance holding one OpenAPI document, so that any schema in it
 * can be compiled by JSON pointer with every `$ref` resolved. Compiled validators are cached: compile at
 * start-up, then look them up.
 */
export class SchemaCompiler {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(
    private readonly doc: OpenApiDocument,
    /** The id the document is registered under: its file name, e.g. `openapi.yaml`. */
    private readonly id: string,
    /** Documents it `$ref`s (`./openapi.yaml#/…`), by file name. */
    referenced: Record<string, OpenApiDocument> = {},
  ) {
    // strict:false because the document itself (openapi, info, paths…) is not a schema; its schemas are
    // linted by Redocly in `npm test`.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, id);
    for (const [name, other] of Object.entries(referenced)) this.ajv.addSchema(other as object, name);
  }

  /** The validator of the schema at a JSON pointer, e.g. `#/components/schemas/OpportunityResponse`. */
  compile(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      try {
        validate = this.ajv.getSchema(`${this.id}${pointer}`);
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
}
