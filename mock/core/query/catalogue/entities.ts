import type { Org } from '../../state/directory';
import type { Session } from '../../state/session';
import { accountCatalogue } from './accounts';
import type { Catalogue } from './fields';
import { opportunityCatalogue } from './opportunities';

/**
 * The entities the mock serves, by Monaco's (plural) name, each with the catalogue of its fields for an org
 * as a session sees it: what `GET /v1/schemas/{entity}` lists and the entity's list endpoint filters and
 * sorts by.
 */
export const ENTITIES: Readonly<Record<string, (org: Org, session: Session) => Catalogue<never>>> = {
  opportunities: (org, session) => opportunityCatalogue(session.tags.view(org)) as Catalogue<never>,
  accounts: (org, session) => accountCatalogue(org, session.tags.list(org, 'accounts')) as Catalogue<never>,
};

/** Monaco's entities the mock does not serve (GET /v1/schemas/{entity} lists them). */
export const UNSERVED_ENTITIES = ['contacts', 'meetings', 'sequences', 'tasks'] as const;
