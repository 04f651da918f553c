import { apiBehaviour, ApiVersion } from '../../../spec/versions';
import type { Org } from '../state/directory';
import { convertEstimatedValue } from './money';
import { pipelineOf } from './stages';
import type { StoredOpportunity } from '../state/store';
import type { OpportunityResponse } from '../types';

/**
 * A stored opportunity as another API version answers it: its amount counted in that version's unit
 * (see `convertAmount`) and its stage written as that version writes it (a pipeline stage by key or by
 * label; a stage the pipeline lacks stays as it is). The same object when nothing changes.
 */
export function conformOpportunity(data: OpportunityResponse, org: Org, from: ApiVersion, to: ApiVersion): OpportunityResponse {
  if (from === to) return data;
  const source = apiBehaviour(from);
  const target = apiBehaviour(to);
  const estimated = convertEstimatedValue(data.estimated_value, source.amountUnit, target.amountUnit);
  const resolved = data.stage == null ? undefined : pipelineOf(org).resolve(data.stage);
  const stage = resolved && source.stageNames !== target.stageNames ? (target.stageNames === 'label' ? resolved.label : resolved.key) : data.stage;
  if (estimated === data.estimated_value && stage === data.stage) return data;
  return { ...data, estimated_value: estimated, stage } as OpportunityResponse;
}

/**
 * Records written for one API version (a data set, a state dump) as the mock's version answers them; `orgs`
 * finds each record's org (by lower-case id). Returns the same array when the versions agree.
 */
export function conformRecords(
  records: readonly StoredOpportunity[],
  orgs: ReadonlyMap<string, Org>,
  from: ApiVersion,
  to: ApiVersion,
): readonly StoredOpportunity[] {
  if (from === to) return records;
  return records.map((record) => {
    const org = orgs.get(record.orgId);
    if (!org) return record;
    const data = conformOpportunity(record.data, org, from, to);
    return data === record.data ? record : { orgId: record.orgId, data };
  });
}
