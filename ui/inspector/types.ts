import type { components } from '../../spec/types/admin';

type Schemas = components['schemas'];
export type JournalEntry = Schemas['JournalEntry'];
export type RequestList = Schemas['RequestList'];
export type SessionSummary = Schemas['SessionSummary'];
export type SessionList = Schemas['SessionList'];
export type ScenarioList = Schemas['ScenarioList'];
export type DatasetList = Schemas['DatasetList'];
export type AdminChange = Schemas['AdminChange'];
export type Health = Schemas['Health'];
