import type { components } from '../../../spec/types/admin';
import type { MockRuntime } from '../runtime';

export type AdminSchemas = components['schemas'];

/** The validated input of an admin request. */
export interface AdminInput {
  /** Query and path parameters, typed as the spec declares them. */
  params: Record<string, unknown>;
  body: unknown;
  /** This mock's origin as the request addressed it (`http://127.0.0.1:4010`). */
  origin: string;
}

/** An admin operation: validated input in, a body (self-checked against spec/admin.yaml) out. */
export type AdminHandler = (runtime: MockRuntime, input: AdminInput) => unknown;
