import type { RequestContext } from '../pipeline/context';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { createOpportunity } from './create-opportunity';
import { getOpportunity } from './get-opportunity';
import { getMe, listUsers } from './lookups';
import { createTag, listTags } from './tags';
import { getAccount, listAccounts } from './accounts';
import { listOpportunities } from './list-opportunities';
import { getFieldSchemas } from './schemas';
import { updateOpportunity } from './update-opportunity';
import { deleteOpportunity } from './delete-opportunity';

/** A request handler for one spec operation. */
export type OperationHandler = (runtime: MockRuntime, ctx: RequestContext) => Reply | Promise<Reply>;

/** Handlers by operationId. Every operation of spec/openapi.yaml has one (a test checks). */
export const HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createOpportunity,
  createOpportunityGa: createOpportunity,
  getOpportunity,
  getMe,
  listUsers,
  listTags,
  createTag,
  listOpportunities,
  listAccounts,
  getAccount,
  getFieldSchemas,
  updateOpportunity,
  deleteOpportunity,
};
