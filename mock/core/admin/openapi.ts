import type { OpenApiDocument } from '../../../spec/openapi';
import type { MockRuntime } from '../runtime';
import { servedDocument } from './served-spec';
import type { AdminInput } from './types';

/** `GET /__admin/openapi.json`: spec/admin.yaml, standalone, its server this mock. */
export function getAdminOpenApi(runtime: MockRuntime, { origin }: AdminInput): OpenApiDocument {
  return servedDocument(runtime.adminContract, origin);
}
