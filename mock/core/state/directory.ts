import { FixtureError } from '../../../fixtures/errors';
import type {
  AccountFixture,
  ApiKeyFixture,
  CustomFieldDefinition,
  OrgFixture,
  PipelineStage,
  TagFixture,
  UserFixture,
} from '../../../fixtures/types';

/** An organization from the fixtures, indexed for lookups on the request path. */
export interface Org {
  id: string;
  name: string;
  fixture: OrgFixture;
  users: ReadonlyMap<string, UserFixture>;
  accounts: ReadonlyMap<string, AccountFixture>;
  tags: ReadonlyMap<string, TagFixture>;
  stages: ReadonlyMap<string, PipelineStage>;
  /** Where an opportunity lands when `stage` is omitted. */
  firstStage: string;
  customFields: ReadonlyMap<string, CustomFieldDefinition>;
  /** The user unlisted keys act as. */
  defaultUser: UserFixture;
}

/** Who a request acts as. */
export interface Principal {
  org: Org;
  user: UserFixture;
  access: ApiKeyFixture['access'];
  /** The key as sent; `undefined` when auth is switched off. */
  key?: string;
}

/** The result of looking up an API key. */
export type KeyLookup = { kind: 'active'; principal: Principal } | { kind: 'revoked' } | { kind: 'malformed' };

/** Monaco keys are `mks_` followed by a 48-character URL-safe token. */
export const API_KEY_PATTERN = /^mks_[A-Za-z0-9_-]{48}$/;

function byId<T extends { id: string }>(items: T[], what: string, org: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const id = item.id.toLowerCase();
    if (map.has(id)) throw new FixtureError(`Org "${org}" lists ${what} ${item.id} twice. Give each ${what} its own id.`);
    map.set(id, item);
  }
  return map;
}

function indexOrg(fixture: OrgFixture): Org {
  const users = byId(fixture.users, 'user', fixture.name);
  const stages = new Map<string, PipelineStage>();
  for (const stage of fixture.pipeline.stages) {
    if (stages.has(stage.key)) throw new FixtureError(`Org "${fixture.name}" lists pipeline stage "${stage.key}" twice.`);
    stages.set(stage.key, stage);
  }
  const defaultUser = users.get(fixture.default_user_id.toLowerCase());
  if (!defaultUser) {
    throw new FixtureError(`Org "${fixture.name}": default_user_id ${fixture.default_user_id} is not one of its users. Add the user or fix the id.`);
  }
  for (const key of fixture.api_keys) {
    if (!users.has(key.user_id.toLowerCase())) {
      throw new FixtureError(`Org "${fixture.name}": API key "${key.label}" belongs to user ${key.user_id}, who is not one of its users.`);
    }
  }
  return {
    id: fixture.id.toLowerCase(),
    name: fixture.name,
    fixture,
    users,
    accounts: byId(fixture.accounts, 'account', fixture.name),
    tags: byId(fixture.tags, 'tag', fixture.name),
    stages,
    firstStage: fixture.pipeline.stages[0].key,
    customFields: byId(fixture.custom_fields, 'custom field', fixture.name),
    defaultUser,
  };
}

/** Every organization, user and API key the mock knows, from validated fixture files. */
export class Directory {
  readonly orgs: ReadonlyMap<string, Org>;
  readonly defaultOrg: Org;
  private readonly keys = new Map<string, { org: Org; key: ApiKeyFixture }>();

  private readonly byId = new Map<string, Org>();

  constructor(fixtures: OrgFixture[]) {
    if (fixtures.length === 0) throw new FixtureError('No organizations were given. The mock needs at least one org fixture.');
    for (const fixture of fixtures) {
      if (this.byId.has(fixture.id.toLowerCase())) throw new FixtureError(`Two fixture files define org ${fixture.id}. Org ids must be unique.`);
      this.addOrg(fixture);
    }
    const defaults = fixtures.filter((f) => f.default);
    if (fixtures.length > 1 && defaults.length !== 1) {
      throw new FixtureError(
        `Exactly one org must be marked "default": true when there are several (found ${defaults.length} among ${fixtures.map((f) => f.name).join(', ')}).`,
      );
    }
    this.orgs = this.byId;
    this.defaultOrg = this.byId.get((defaults[0] ?? fixtures[0]).id.toLowerCase())!;
  }

  /**
   * Adds an org and its API keys (a data set loaded through the admin API brings its own orgs). An org already
   * known by its id is kept as it is. The default org does not change.
   */
  addOrg(fixture: OrgFixture): Org {
    const known = this.byId.get(fixture.id.toLowerCase());
    if (known) return known;
    const org = indexOrg(fixture);
    for (const key of fixture.api_keys) {
      if (this.keys.has(key.key)) throw new FixtureError(`API key "${key.label}" of org "${org.name}" is already listed by another org.`);
    }
    for (const key of fixture.api_keys) this.keys.set(key.key, { org, key });
    this.byId.set(org.id, org);
    return org;
  }

  /**
   * Resolves an API key: a listed key acts as its user in its org (unless revoked); any other well-formed
   * `mks_` key acts as the default org's default user with write access.
   */
  lookupKey(key: string): KeyLookup {
    const listed = this.keys.get(key);
    if (listed) {
      if (listed.key.revoked) return { kind: 'revoked' };
      const user = listed.org.users.get(listed.key.user_id.toLowerCase())!;
      return { kind: 'active', principal: { org: listed.org, user, access: listed.key.access, key } };
    }
    if (!API_KEY_PATTERN.test(key)) return { kind: 'malformed' };
    return { kind: 'active', principal: this.anonymousPrincipal(key) };
  }

  /**
   * Adds an account to an org for a while (a Pact provider state such as `an account with id {accountId}
   * exists`, under strict references). Returns the function that removes it again.
   */
  addAccount(orgId: string, account: AccountFixture): () => void {
    const org = this.orgs.get(orgId.toLowerCase());
    if (!org) throw new FixtureError(`No org ${orgId} in the fixtures.`);
    const accounts = org.accounts as Map<string, AccountFixture>;
    const id = account.id.toLowerCase();
    if (accounts.has(id)) return () => undefined;
    accounts.set(id, account);
    return () => accounts.delete(id);
  }

  /** The default org's default user with write access: what unlisted keys, and requests without auth, act as. */
  anonymousPrincipal(key?: string): Principal {
    return { org: this.defaultOrg, user: this.defaultOrg.defaultUser, access: 'read_write', key };
  }
}
