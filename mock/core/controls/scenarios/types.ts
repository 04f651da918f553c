import type { components } from '../../../../spec/types/admin';

type Schemas = components['schemas'];

/** A named override layer (spec/admin.yaml `Scenario`). */
export type Scenario = Schemas['Scenario'];
export type Step = Schemas['Step'];
export type Latency = Schemas['Latency'];
export type Fault = Schemas['Fault'];
export type ForcedResponse = Schemas['ForcedResponse'];
export type Stub = Schemas['Stub'];
