/* Loading the spec */
export { loadContract } from './contract';
export type { Contract, OperationValidators } from './contract';
export { readDocument, resolveRef, pointer } from './document';
export type { OpenApiDocument, JsonSchema } from './document';
export { SpecLoadError } from './errors';
export { indexOperations, responseFor, pathMatcher } from './operations';
export type { Operation, OperationResponse, OperationParameter, HttpMethod } from './operations';
export { SchemaCompiler } from './validators';
export type { ValidateFunction, ErrorObject } from './validators';
export { SPEC_FILES, fromRoot, packageRoot } from './paths';

/* Types generated from the spec (npm run gen:types) */
export type { components as MonacoComponents, paths as MonacoPaths, operations as MonacoOperations } from './types/monaco';
export type { components as FixtureComponents } from './types/fixtures';
