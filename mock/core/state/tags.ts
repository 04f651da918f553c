import type { TagFixture } from '../../../fixtures/types';
import { AccountedMap } from './accounted-map';
import type { MemoryBudget } from './budget';
import type { Org } from './directory';
import type { DisplayColor, TagObject, TagResponse } from '../types';

/** Monaco's named tag colors, with the RGB each is drawn in (for fixture colors written in hex). */
const PALETTE: Record<DisplayColor, [number, number, number]> = {
  green: [45, 164, 78],
  blue: [29, 118, 219],
  red: [215, 58, 74],
  yellow: [251, 202, 4],
  purple: [130, 80, 223],
  berry: [191, 57, 137],
  peach: [249, 169, 128],
  gray: [140, 149, 159],
};

/** A fixture color as one of Monaco's named colors: a name as it is, a `#rrggbb` as the nearest name, none as null. */
function displayColor(color: string | undefined): DisplayColor | null {
  if (color === undefined) return null;
  if (color in PALETTE) return color as DisplayColor;
  const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  let best: DisplayColor = 'gray';
  let bestDistance = Infinity;
  for (const [name, [r, g, b]] of Object.entries(PALETTE) as [DisplayColor, [number, number, number]][]) {
    const distance = (rgb[0] - r) ** 2 + (rgb[1] - g) ** 2 + (rgb[2] - b) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** A tag as the API answers it. */
export function tagResponse(tag: TagFixture): TagResponse {
  return { id: tag.id, name: tag.name, color: displayColor(tag.color) };
}

/** A tag created through `POST /v1/tags/`, in the org and for the object type it was created for. */
export interface CreatedTag {
  orgId: string;
  object: TagObject;
  tag: TagFixture;
}

/** A created tag's entry and key, besides the tag's own strings. */
const TAG_ENTRY_BYTES = 240;

/**
 * The tags a session created through the API. The org's fixture tags are opportunity tags; created
 * `opportunities` tags join them in `view(org)`, so strict references, tag names and the field catalogue
 * know them too. Bounded: past `limit` tags the oldest is dropped, and every tag is charged to the mock's
 * memory budget, which may evict the oldest first.
 */
export class SessionTags {
  /** Created tags by id, oldest first, charged to the budget. */
  readonly created: AccountedMap<string, CreatedTag>;
  private readonly views = new Map<Org, Org>();
  /** Tags created so far (dropped ones included): seeds the next tag's id. */
  count = 0;
  /** How many were dropped to stay within the limit or the memory budget. */
  evicted = 0;

  constructor(
    readonly limit: number,
    budget?: MemoryBudget,
  ) {
    const size = (_id: string, c: CreatedTag) => TAG_ENTRY_BYTES + 2 * (c.tag.id.length + c.tag.name.length + (c.tag.color?.length ?? 0));
    this.created = new AccountedMap(budget, 'tags', size, () => {
      this.evicted++;
      this.views.clear();
    }, limit);
  }

  /** The tags of an org for an object type: the fixtures' (for opportunities), then the created ones, in order. */
  list(org: Org, object: TagObject): TagFixture[] {
    const own: TagFixture[] = [];
    for (const c of this.created.values()) if (c.orgId === org.id && c.object === object) own.push(c.tag);
    return object === 'opportunities' ? [...org.fixture.tags, ...own] : own;
  }

  /** The tag of the org and object type with this name (case-insensitive), if any. */
  named(org: Org, object: TagObject, name: string): TagFixture | undefined {
    const wanted = name.toLowerCase();
    return this.list(org, object).find((t) => t.name.toLowerCase() === wanted);
  }

  /** Keeps a new tag; one whose id the session already holds is refused (never replaced): callers pick a free id. */
  add(created: CreatedTag): void {
    const key = created.tag.id.toLowerCase();
    if (this.created.has(key)) throw new Error(`The session already holds tag ${created.tag.id}: an add never replaces one`);
    this.created.set(key, created);
    this.count++;
    this.views.clear();
  }

  /** Every created tag, oldest first (the admin state dump). */
  all(): CreatedTag[] {
    return [...this.created.values()];
  }

  get size(): number {
    return this.created.size;
  }

  clear(): void {
    this.created.clear();
    this.count = 0;
    this.evicted = 0;
    this.views.clear();
  }

  /**
   * The org as this session sees it: its fixture tags plus the `opportunities` tags created here (the same org
   * when none). Cached per org, the no-own-tags answer too; the cache is cleared on add, eviction and clear.
   */
  view(org: Org): Org {
    let view = this.views.get(org);
    if (view) return view;
    let tags: Map<string, TagFixture> | undefined;
    for (const c of this.created.values()) {
      if (c.orgId === org.id && c.object === 'opportunities') (tags ??= new Map(org.tags)).set(c.tag.id.toLowerCase(), c.tag);
    }
    view = tags ? { ...org, tags } : org;
    this.views.set(org, view);
    return view;
  }
}
