import { resolve } from 'node:path';
import type { ServerCommand } from './child';
import { BenchRequest, sendOnce } from './http';
import { CLOCK, CREATE_PATH, FULL_CREATE, GET_PATH, HEADERS, INVALID_CREATE, UNKNOWN_IDS_CREATE } from './requests';

/** The repository root (this file runs from dist-bench/bench/). */
export const ROOT = resolve(__dirname, '..', '..');

export const VALID_CREATE: BenchRequest = { method: 'POST', path: CREATE_PATH, headers: HEADERS, body: JSON.stringify(FULL_CREATE) };
export const UNKNOWN_IDS: BenchRequest = { method: 'POST', path: CREATE_PATH, headers: HEADERS, body: JSON.stringify(UNKNOWN_IDS_CREATE) };
export const INVALID: BenchRequest = { method: 'POST', path: CREATE_PATH, headers: HEADERS, body: JSON.stringify(INVALID_CREATE) };

/** The mock from the built CLI (of this checkout, or of another: `root`), quiet (`--log-level warn`) and with a frozen clock. */
export const mockCommand =
  (extraArgs: readonly string[] = [], root: string = ROOT) =>
  (port: number): ServerCommand => ({
    name: root === ROOT ? 'mock' : 'baseline mock',
    command: process.execPath,
    args: [resolve(root, 'dist/mock/cli.js'), '--port', String(port), '--host', '127.0.0.1', '--log-level', 'warn', '--clock', CLOCK, ...extraArgs],
  });

/**
 * Prism 5.14 on the same spec, as a user starts it in the repository (`prism mock spec/openapi.yaml -v error`, its
 * default host, 127.0.0.1), but from node_modules/.bin directly (npx would hide its pid). Started this way or with
 * the spec's absolute path and `--host`, from a shell or from the bench, it answers alike (docs/benchmarks.md).
 */
export const prismCommand = (port: number): ServerCommand => ({
  name: 'prism',
  command: resolve(ROOT, 'node_modules/.bin/prism'),
  args: ['mock', 'spec/openapi.yaml', '--port', String(port), '-v', 'error'],
  cwd: ROOT,
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

/** The targets, with this checkout's mock, and another build's (`baseline`: `npm run bench -- --baseline <dir>`) side by side. */
export function targets(baseline?: string): Target[] {
  const list: Target[] = [
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
    key: 'f',
    label: 'mock: valid full create, ids the fixtures do not know',
    command: mockCommand(),
    probe: VALID_CREATE,
    probeStatus: 200,
    expectedStatus: 200,
    requests: async () => [UNKNOWN_IDS],
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
  if (baseline) {
    const command = mockCommand([], baseline);
    list.push(
      { key: 'b0', label: 'baseline mock: valid full create', command, probe: VALID_CREATE, probeStatus: 200, expectedStatus: 200, requests: async () => [VALID_CREATE] },
      { key: 'f0', label: 'baseline mock: valid full create, unknown ids', command, probe: VALID_CREATE, probeStatus: 200, expectedStatus: 200, requests: async () => [UNKNOWN_IDS] },
    );
  }
  return list;
}

/** This checkout's targets. */
export const TARGETS: readonly Target[] = targets();
