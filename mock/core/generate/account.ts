import type { AccountFixture } from '../../../fixtures/types';
import { isoSeconds } from '../state/clock';
import type { Org } from '../state/directory';
import type { AccountFields, AccountResponse, ScoreExplanation } from '../types';
import { derive } from './derived';
import { ownerInfo } from './opportunity';
import type { Faker } from './random';
import { ACCOUNT_NOTES, COMPANY_PRODUCTS, FIRMOGRAPHIC_SIGNALS, INDUSTRIES, INTENT_SIGNALS } from './vocabulary';

const DAY_MS = 86_400_000;
/** Accounts were created in the two years before this instant (the data sets' clock): fixtures carry no dates. */
const ACCOUNTS_BEFORE_MS = Date.parse('2026-06-01T00:00:00Z');
const TIERS = ['A', 'B', 'C', 'D'] as const;
const HEAT = ['Hot', 'Warm', 'Cold'] as const;

const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'company';

/**
 * The details Monaco enriches an account with, derived from its id alone: the same account reads the same in
 * every run. Every one has a value (a note, a funding round), so every account of a list has the same shape.
 */
function details(f: Faker, org: Org, account: AccountFixture): AccountResponse {
  const createdMs = ACCOUNTS_BEFORE_MS - f.number.int({ min: 30, max: 730 }) * DAY_MS - f.number.int({ min: 0, max: DAY_MS / 1000 - 1 }) * 1000;
  const industries = f.helpers.arrayElements(INDUSTRIES, { min: 1, max: 2 });
  const employees = f.helpers.weightedArrayElement([
    { weight: 3, value: f.number.int({ min: 12, max: 199 }) },
    { weight: 4, value: f.number.int({ min: 200, max: 999 }) },
    { weight: 2, value: f.number.int({ min: 1_000, max: 20_000 }) },
  ]);
  const fields: AccountFields = {
    id: account.id,
    name: account.name,
    status: account.status ?? f.helpers.arrayElement(['NEW', 'PROSPECTING', 'OPPORTUNITY', 'CUSTOMER']),
    owner: ownerInfo(org, f.helpers.arrayElement(org.fixture.users).id),
    notes: f.helpers.arrayElement(ACCOUNT_NOTES),
    company: {
      domain: account.domain,
      linkedin_url: `https://www.linkedin.com/company/${slug(account.name)}`,
      description: `${account.name} ${f.helpers.arrayElement(COMPANY_PRODUCTS)} for ${industries[0].toLowerCase()} teams.`,
      employee_count: employees,
      founded_year: f.number.int({ min: 1975, max: 2021 }),
      industries,
      total_funding_usd: f.number.int({ min: 2, max: 400 }) * 500_000,
      last_funding_date: isoSeconds(createdMs - f.number.int({ min: 30, max: 900 }) * DAY_MS).slice(0, 10),
    },
    scoring: { tier: f.helpers.weightedArrayElement(TIERS.map((value, i) => ({ value, weight: [2, 4, 3, 1][i] }))), heat_score: f.helpers.arrayElement(HEAT) },
    tags: [],
    created_at: isoSeconds(createdMs),
    updated_at: isoSeconds(createdMs + f.number.int({ min: 1, max: 200 }) * DAY_MS),
  };
  return fields as AccountResponse;
}

const responses = new WeakMap<AccountFixture, AccountResponse>();

/**
 * An account of the org as the API answers it: the fixture's id, name, domain and status, and what Monaco
 * would have enriched it with (owner, company facts, scoring, dates), derived from the account's id, so it is
 * the same in every run and every mock. Built once per fixture account.
 */
export function accountResponse(org: Org, account: AccountFixture): AccountResponse {
  let response = responses.get(account);
  if (!response) {
    response = derive(['account-details', account.id.toLowerCase()], (f) => details(f, org, account));
    responses.set(account, response);
  }
  return response;
}

/** The signals behind an account's heat score and tier (the 2026-08-19 detail response). */
export function heatScoreExplanation(account: AccountResponse): ScoreExplanation {
  return derive(['account-signals', account.id.toLowerCase()], (f) => ({
    explanations: f.helpers.arrayElements(INTENT_SIGNALS, { min: account.scoring?.heat_score === 'Cold' ? 0 : 1, max: 3 }).map(([type, point]) => ({
      signal_type: type,
      signal_point: point.replace('{n}', String(f.number.int({ min: 2, max: 9 }))),
    })),
    firmographic: f.helpers.arrayElements(FIRMOGRAPHIC_SIGNALS, { min: 1, max: 2 }).map(([type, point]) => ({
      signal_type: type,
      signal_point: point.replace('{employees}', String(account.company?.employee_count ?? 'an unknown number of')).replace('{industry}', account.company?.industries[0] ?? 'its'),
    })),
  }));
}
