import { ApiError } from '../errors';
import type { MockRuntime } from '../runtime';
import { baselineOf } from '../state/session';
import type { AdminInput, AdminSchemas } from './types';

const EVERY_SESSION = '*';

/** `GET /__admin/datasets`. */
export function listDatasets(runtime: MockRuntime): AdminSchemas['DatasetList'] {
  const global = runtime.sessions.baseline.name;
  const own = runtime.sessions.all().filter((s) => s.dataset !== global);
  return {
    datasets: (runtime.platform.datasets?.list() ?? []).map((d) => ({
      name: d.name,
      description: d.description,
      active_in: [...(global === d.name ? [EVERY_SESSION] : []), ...own.filter((s) => s.dataset === d.name).map((s) => s.id)],
    })),
  };
}

/**
 * `POST /__admin/datasets/{name}/load`: the data set's orgs join the fixtures, and one session (or every
 * session, from now on) starts over from its opportunities.
 */
export function loadDataset(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['DatasetLoaded'] {
  const name = params.name as string;
  const dataset = runtime.platform.datasets?.load(name);
  if (!dataset) {
    const known = (runtime.platform.datasets?.list() ?? []).map((d) => d.name);
    throw new ApiError(404, 'not_found', `No data set "${name}". Known: ${known.join(', ') || 'none here'}.`);
  }
  const baseline = baselineOf(dataset, runtime.options.maxOpportunities, runtime.options.apiVersion);
  for (const org of dataset.orgs) runtime.directory.addOrg(org);
  const session = params.session as string | undefined;
  if (session === undefined) {
    runtime.sessions.baseline = baseline;
    runtime.sessions.reset();
  } else {
    runtime.sessions.get(session).rebase(baseline);
  }
  return { dataset: dataset.name, session: session ?? EVERY_SESSION, orgs: dataset.orgs.map((o) => o.name), opportunities: dataset.opportunities.length };
}
