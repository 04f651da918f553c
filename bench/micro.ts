/**
 * `npm run bench:micro`: what each piece of the create hot path costs on its own, in-process (µs per call and
 * KB allocated per call), to price what the profile shows. Run by
 * the npm script with `--expose-gc` and a 256 MB young generation, so allocation is measured without a GC
 * in between.
 */
import { faker } from '@faker-js/faker/locale/en';
import pino from 'pino';
import { stringify } from 'safe-stable-stringify';
import secureJson from 'secure-json-parse';
import { createMockApp } from '../mock/adapters/express/app';
import { isoSeconds } from '../mock/core/state/clock';
import { buildOpportunity } from '../mock/core/generate/opportunity';
import { hostPolicy } from '../mock/core/http/hosts';
import { canonicalizeIds, operationIdPlans } from '../mock/core/pipeline/id-plan';
import { redaction, redactRawHeaders } from '../mock/core/journal/redact';
import { approxBytes } from '../mock/core/state/sizes';
import type { OpportunityCreateRequest } from '../mock/core/types';
import { FULL_CREATE, INVALID_CREATE } from './requests';

const ITERATIONS = 20_000;
const gc = (globalThis as { gc?: () => void }).gc;

/** Median µs per call over 5 timed batches, and KB allocated per call (heap growth over one batch, after a GC). */
function measure(name: string, fn: (i: number) => unknown): string {
  for (let i = 0; i < ITERATIONS / 4; i++) fn(i);
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i++) fn(i);
    batches.push(Number(process.hrtime.bigint() - start) / 1000 / ITERATIONS);
  }
  batches.sort((x, y) => x - y);
  let kb = NaN;
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 2000; i++) fn(i);
    kb = (process.memoryUsage().heapUsed - before) / 2000 / 1024;
  }
  return `| ${name} | ${batches[2].toFixed(2)} | ${Number.isNaN(kb) ? '' : kb.toFixed(1)} |`;
}

function main(): void {
  const app = createMockApp({ clock: '2026-07-01T09:00:00Z' });
  const { contract, directory } = app.mock;
  const org = directory.defaultOrg;
  const request = JSON.parse(JSON.stringify(FULL_CREATE)) as OpportunityCreateRequest;
  const build = (profile: 'realistic' | 'minimal') => (i: number) =>
    buildOpportunity({ request, org, actingUserId: org.defaultUser.id, seed: [1, 'default', i], now: '2026-07-01T09:00:00Z', profile, stageNames: 'label' });
  const body = { data: build('realistic')(0), meta: { timestamp: '2026-07-01T09:00:00Z' } };
  const text = JSON.stringify(FULL_CREATE);
  const validateRequest = contract.validators.get('createOpportunity')!.body!;
  const validateResponse = contract.responseValidator('createOpportunity', 200)!;
  const logger = pino({ level: 'info', base: undefined }, pino.destination({ dest: '/dev/null', sync: false }));
  const ids = operationIdPlans(contract.document, contract.operation('createOpportunity')).body!;
  const names = redaction().headers;
  const hosts = hostPolicy([]);
  const rawHeaders = ['Host', 'localhost:4010', 'Authorization', `Bearer ${'mks_local_dev_key_jane_smith_northwind_analytics_000'}`, 'Content-Type', 'application/json', 'User-Agent', 'curl/8.0', 'Accept', '*/*', 'Content-Length', '300'];

  const rows = [
    measure("faker.seed([seed, session, n]) with faker 9's default Mersenne Twister (what the mock no longer does)", (i) => faker.seed([1, 2166136261, i])),
    measure('buildOpportunity, realistic profile (seeds its mulberry32 randomizer once)', build('realistic')),
    measure('buildOpportunity, minimal profile', build('minimal')),
    measure('request schema check, valid full create', () => validateRequest(request)),
    measure('request schema check, invalid body (allErrors)', () => validateRequest(INVALID_CREATE)),
    measure('self-check of the 200 body (response schema)', () => validateResponse(body)),
    measure('secure-json-parse of the request body', () => secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' })),
    measure('JSON.parse of the request body', () => JSON.parse(text)),
    measure('JSON.stringify of the 200 body', () => JSON.stringify(body)),
    measure('idempotency fingerprint (safe-stable-stringify)', () => stringify(request)),
    measure('isoSeconds(now)', (i) => isoSeconds(1_782_896_400_000 + i)),
    measure('issue 11: size estimate of a stored opportunity (memory budget)', () => approxBytes({ orgId: org.id, data: body.data })),
    measure('issue 11: redact the journaled headers (6 headers, 1 key)', () => redactRawHeaders(rawHeaders, names)),
    measure('issue 11: canonicalise the ids of the create body', () => canonicalizeIds(JSON.parse(text), ids)),
    measure('  (its JSON.parse, to subtract)', () => JSON.parse(text)),
    measure('issue 11: Host check', () => hosts.allows('localhost:4010')),
    measure('pino info line (what --log-level info adds per request)', (i) => logger.info({ session: 'default', status: 200 }, `POST /v1/preview/opportunities → ${i}`)),
  ];
  console.log(['| operation | µs per call | KB allocated per call |', '| --- | ---: | ---: |', ...rows].join('\n'));
  if (!gc) console.log('\n(run with --expose-gc for the allocation column: npm run bench:micro)');
}

main();
