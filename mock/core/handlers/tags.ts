import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import { seeded, unusedId } from '../generate/random';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { tagResponse } from '../state/tags';
import type { TagCreateRequest, TagObject } from '../types';
import { metaOf, queryParams, validBody } from './common';
import { principalOf } from '../pipeline/access';

/** `GET /v1/tags/?object=`: the org's tags for the object type (fixtures for opportunities, then the session's own). */
export function listTags(runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const object = queryParams(runtime, ctx).object as TagObject;
  return { status: 200, body: { data: ctx.session.tags.list(org, object).map(tagResponse), meta: metaOf(ctx) } };
}

/**
 * `POST /v1/tags/`: a new tag of the org for the object type, kept in the session. Its id is seeded (the
 * mock's seed, the session and its tag count, or `Prefer: seed`), so a run's ids repeat; an id the session
 * already holds is drawn afresh from the seed. A name taken in the object type (case-insensitive) answers 409
 * `conflict`.
 */
export function createTag(runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const request = validBody<TagCreateRequest>(runtime, ctx, 'the tag');
  const tags = ctx.session.tags;
  const taken = tags.named(org, request.object, request.name);
  if (taken) {
    throw new ApiError(
      409,
      'conflict',
      `A tag named "${taken.name}" already exists for ${request.object} in this organization (id ${taken.id}). Use it, or choose another name.`,
    );
  }
  const seed = ctx.controls.seed !== undefined ? [ctx.controls.seed, 'prefer', 'tag'] : [runtime.options.seed, ctx.session.id, 'tag', tags.count + 1];
  // The seed pins the id unless the session already holds it (the same Prefer seed twice): then it is drawn afresh.
  const id = unusedId(seeded(seed, (f) => f.string.uuid().toLowerCase()), seed, (id) => tags.created.has(id) || org.tags.has(id));
  const tag = { id, name: request.name, ...(request.color ? { color: request.color } : {}) };
  tags.add({ orgId: org.id, object: request.object, tag });
  return { status: 200, body: { data: tagResponse(tag), meta: metaOf(ctx) } };
}
