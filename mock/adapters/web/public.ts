/** What the fetch and MSW entries (fetch.ts, msw.ts) export besides their adapter: the options, the controller, the journal's and scenarios' types, the embedded fixtures. */
export type { WebMockOptions } from './engine';
export type { MockController } from '../../core/admin/controller';
export type { MockEngine } from '../../core/engine';
export type { JournalEntry, JournalFilter } from '../../core/journal/journal';
export type { Scenario, Stub } from '../../core/controls/scenarios/types';
export { EMBEDDED_ORGS, EMBEDDED_SCENARIOS } from '../../../fixtures/embedded';
