import { ENTITIES, UNSERVED_ENTITIES } from '../query/catalogue/entities';
import { fieldSchema } from '../query/catalogue/fields';
import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { metaOf } from './common';
import { principalOf } from '../pipeline/access';

/**
 * `GET /v1/schemas/{entity}`: the fields of an entity the mock serves, from the same catalogue its list
 * endpoint filters and sorts by. Monaco's entity names are plural (its 2026-08-19 document lists accounts,
 * contacts, meetings, opportunities, sequences, tasks); a singular name answers 404 saying so.
 */
export function getFieldSchemas(_runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const entity = String(ctx.params.entity);
  const fields = Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity](org, ctx.session) : undefined;
  if (!fields) {
    const served = Object.keys(ENTITIES).join(' and ');
    const singular = entity.toLowerCase();
    const plural = [...Object.keys(ENTITIES), ...UNSERVED_ENTITIES].find((name) => name === `${singular}s` || name === `${singular.replace(/y$/, 'ie')}s`);
    const why = plural
      ? `Monaco names entities in the plural; did you mean ${plural}?`
      : (UNSERVED_ENTITIES as readonly string[]).includes(entity)
        ? `Monaco has ${entity}, but this mock does not serve them.`
        : `Monaco's entities are ${[...Object.keys(ENTITIES), ...UNSERVED_ENTITIES].sort().join(', ')}.`;
    throw new ApiError(404, 'not_found', `No field schemas for entity "${entity}". ${why} This mock serves ${served}.`);
  }
  return { status: 200, body: { data: fields.fields.map((f) => fieldSchema(f as never)), meta: metaOf(ctx) } };
}
