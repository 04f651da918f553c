import { resolve } from 'node:path';
import type { ServerCommand } from './child';
import { BenchRequest, sendOnce } from './http';
import { CLOCK, CREATE_PATH, FULL_CREATE, GET_PATH, HEADERS, INVALID_CREATE } from './requests';

/** The repository root (this file runs from dist-bench/bench/). */
export const ROOT = resolve(__dirname, '..', '..');

export const VALID_CREATE: BenchRequest = { method: 'POST', path: CREATE_PATH, headers: HEADERS, body: JSON.stringify(FULL_CREATE) };
export const INVALID: BenchRequest = { method: 'POST', path: CREATE_PATH, headers: HEADERS, body: JSON.stringify(INVALID_CREATE) };

/** The mock from the built CLI, quiet (`--log-level warn`) and with a frozen clock. */
export const mockCommand =
  (extraArgs: readonly string[] = []) =>
  (port: number): ServerCommand => ({
    name: 'mock',
    command: process.execPath,
    args: [resolve(ROOT, 'dist/mock/cli.js'), '--port', String(port), '--host', '127.0.0.1', '--log-level', 'warn', '--clock', CLOCK, ...extraArgs],
  });

/** Prism 5.14 on the same spec, started from node_modules/.bin directly (npx would hide its pid), errors-only logging. */
export const prismCommand = (port: number): ServerCommand => ({
  name: 'prism',
  command: resolve(ROOT, 'node_modules/.bin/prism'),
  args: ['mock', resolve(ROOT, 'spec/openapi.yaml'), '--port', String(port), '--host', '127.0.0.1', '-v', 'error'],
});

/** The trivial Express 5 server (bench/servers/trivial-express.ts). */
export const expressCommand = (port: number): ServerCommand => ({
  name: 'express',
  command: process.execPath,
  args: [resolve(ROOT, 'dist-bench/bench/servers/trivial-express.js'), '--port', String(port)],
});

/** One thing the throughput phase measures. */
export interface Target {
  /** a–e, as in the results table. */
  key: string;
  label: string;
  command: (port: number) => ServerCommand;
  /** Sent until the server answers `probeStatus`: it is up. */
  probe: BenchRequest;
  probeStatus: number;
  /** Every measured response must have this status. */
  expectedStatus: number;
  /** The requests to cycle through under load (may create data first). */
  requests: (baseUrl: string) => Promise<BenchRequest[]>;
}

/** Creates `count` opportunities and returns a GET for each. */
async function getRequests(baseUrl: string, count = 100): Promise<BenchRequest[]> {
  const gets: BenchRequest[] = [];
  for (let i = 0; i < count; i++) {
    const res = await sendOnce(baseUrl, VALID_CREATE);
    if (res.status !== 200) throw new Error(`Creating opportunities to read failed: ${res.status} ${res.body.slice(0, 300)}`);
    const id = (JSON.parse(res.body) as { data: { id: string } }).data.id;
    gets.push({ method: 'GET', path: `${GET_PATH}${id}`, headers: { authorization: HEADERS.authorization } });
  }
  return gets;
}

export const TARGETS: readonly Target[] = [
  {
    key: 'a',
    label: 'trivial Express 5 POST (ceiling)',
    command: expressCommand,
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 200,
    requests: async () => [VALID_CREATE],
  },
  {
    key: 'b',
    label: 'mock: valid full create',
    command: mockCommand(),
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 200,
    requests: async () => [VALID_CREATE],
  },
  {
    key: 'c',
    label: 'mock: invalid body (422)',
    command: mockCommand(),
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 422,
    requests: async () => [INVALID],
  },
  {
    key: 'd',
    label: 'mock: GET by id (100 created first)',
    command: mockCommand(),
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 200,
    requests: (baseUrl) => getRequests(baseUrl),
  },
  {
    key: 'e',
    label: 'Prism 5.14.2 mock (-v error): valid create',
    command: prismCommand,
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 200,
    requests: async () => [VALID_CREATE],
  },
];
