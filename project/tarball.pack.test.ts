/**
 * The tarball is the product: `npm pack` the kit, install the tarball into a fresh temporary project (with
 * @pact-foundation/pact and TypeScript, from the npm cache when it has them), and use it there as a consumer
 * team would: the bins through npx, a TypeScript test compiled with skipLibCheck: false that starts the mock
 * with startMock and writes a pact, then `monaco-contracts verify` and `compat` on that pact and on a broken
 * copy. Run by `npm run test:pack` (part of `npm test`), after the build.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot, kitVersion } from '../spec/paths';

const PACT_VERSION = '16.4.0';
const MSW_VERSION = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.msw;
const TYPESCRIPT_VERSION = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.typescript;

/** The environment for npm and the bins in the scratch project: none of the outer `npm test`'s npm_* settings. */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || keep.has(name.toLowerCase())));
  return { ...env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const timings: string[] = [];

/** Runs a command in `cwd` and resolves with its exit code and output, whatever the code. */
function run(cwd: string, command: string, args: string[], label: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(), timeout: 240_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const ms = Date.now() - started;
      timings.push(`${label}: ${(ms / 1000).toFixed(1)} s`);
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr, ms });
    });
  });
}

/** Fails with the command's output, so a broken step says why. */
function ok(result: Run, what: string): Run {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

const scratch = mkdtempSync(join(tmpdir(), 'monaco-kit-pack-'));
const project = join(scratch, 'consumer');
const PACT = join('pacts', 'pack-consumer-monaco-opportunities.json');
const BROKEN = join('pacts', 'broken', 'pack-consumer-monaco-opportunities.json');
let packed: { filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] };
const started = Date.now();

beforeAll(async () => {
  const pack = ok(await run(fromRoot(), 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], 'npm pack'), 'npm pack');
  [packed] = JSON.parse(pack.stdout);
  cpSync(fromRoot('project', 'pack-consumer'), project, { recursive: true });
  // As the docs advise: swagger-mock-validator's postinstall fails under CI and NODE_ENV=test (jest sets it), so deny it.
  const manifest = { name: 'pack-consumer', version: '1.0.0', private: true, license: 'MIT', allowScripts: { '@pactflow/swagger-mock-validator': false } };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  ok(
    await run(
      project,
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(scratch, packed.filename), `@pact-foundation/pact@${PACT_VERSION}`, `typescript@${TYPESCRIPT_VERSION}`, `msw@${MSW_VERSION}`],
      'npm install (tarball, pact, typescript, msw)',
    ),
    'npm install of the tarball',
  );
}, 300_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stderr.write(
    `tarball ${packed?.filename}: ${packed?.size} bytes packed, ${packed?.unpackedSize} unpacked, ${packed?.entryCount} files\n` +
      `${timings.map((t) => `  ${t}`).join('\n')}\n  whole pack test: ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
});

describe('the packed tarball', () => {
  const paths = () => packed.files.map((f) => f.path);

  test('ships the build, the specs (with Monaco\'s vendored documents), the fixture data and the docs', () => {
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'dist/testing.d.ts', 'dist/contracts/index.d.ts', 'dist/mock/cli.js', 'dist/seed/cli.js', 'dist/contracts/cli.js',
      'dist/spec/compiled/openapi.js', 'dist/spec/compiled/openapi.meta.json', 'dist/spec/compiled/embedded.js', 'dist/fetch.d.ts', 'dist/msw.d.ts', 'dist/fixtures/orgs/northwind-analytics.json', 'dist/fixtures/scenarios/server-errors.json', 'spec/openapi.yaml', 'spec/admin.yaml', 'spec/fixtures.yaml', 'spec/monaco-deviations.json',
      'spec/monaco/2026-07-31.json', 'spec/monaco/2026-08-19.json', 'spec/monaco-deviations-2026-08-19.json', 'fixtures/orgs/northwind-analytics.json', 'fixtures/scenarios/server-errors.json',
      'fixtures/datasets/busy-pipeline/opportunities.ndjson', 'README.md', 'docs/README.md', 'package.json']) {
      expect(paths()).toContain(path);
    }
  });

  test('ships no tests, no TypeScript sources, no source maps and nothing only the repository needs (such as the docs screenshots)', () => {
    const unwanted = paths().filter(
      (path) =>
        /(^|\/)tests?\//.test(path) || /\.test\.|\.map$|\.tsbuildinfo$|\.build-stamp/.test(path) || (path.endsWith('.ts') && !path.endsWith('.d.ts')) ||
        /^(contracts|bench|mock|seed|scripts|project|\.ci)\//.test(path) || path.startsWith('dist/fixtures/build/') || path.startsWith('dist-bench/') || path.startsWith('docs/images/'),
    );
    expect(unwanted).toEqual([]);
  });

  test('ships no compiled module without a source (tsc leaves the output of deleted sources; the build prunes it)', () => {
    // dist/ui (the pages) and dist/spec/compiled (the validators) come from other build steps, not from a .ts of their own.
    const compiled = paths().filter((path) => path.startsWith('dist/') && path.endsWith('.js') && !path.startsWith('dist/ui/') && !path.startsWith('dist/spec/compiled/'));
    expect(compiled.length).toBeGreaterThan(100);
    expect(compiled.filter((path) => !existsSync(fromRoot(path.slice('dist/'.length).replace(/\.js$/, '.ts'))))).toEqual([]);
  });
});

describe('installed into a fresh project', () => {
  test('npx monaco-mock --version prints the kit\'s version (and so do the other bins)', async () => {
    for (const bin of ['monaco-mock', 'monaco-seed', 'monaco-contracts']) {
      const result = ok(await run(project, 'npx', [bin, '--version'], `npx ${bin} --version`), `npx ${bin} --version`);
      expect(result.stdout.trim()).toBe(kitVersion());
    }
  }, 60_000);

  test('a TypeScript test compiles against the published declarations with skipLibCheck: false (node10 and node16 resolution)', async () => {
    for (const config of ['tsconfig.json', 'tsconfig.node16.json']) {
      const result = await run(project, process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', config], `tsc -p ${config}`);
      expect({ config, code: result.code, errors: result.stdout.trim() }).toEqual({ config, code: 0, errors: '' });
    }
  }, 120_000);

  test('it starts the mock with startMock, creates an opportunity, and writes a pact with @pact-foundation/pact', async () => {
    const result = ok(await run(project, process.execPath, [join('out', 'consumer.js'), 'pacts'], 'node out/consumer.js'), 'the compiled consumer test');
    expect(result.stdout).toBe('consumer: created an opportunity with startMock and the fetch handler, and wrote a pact\n');
    const pact = JSON.parse(readFileSync(join(project, PACT), 'utf8'));
    expect(pact.provider.name).toBe('monaco-opportunities');
    // The broken copy expects a status the API does not answer, and a field it does not have.
    const [interaction] = pact.interactions;
    const expects201 = structuredClone(interaction);
    expects201.description = 'a read answered with 201';
    expects201.response.status = 201;
    const expectsProbability = structuredClone(interaction);
    expectsProbability.description = 'a read answered with a probability';
    expectsProbability.response.body.content.data.probability = 40;
    pact.interactions = [expects201, expectsProbability];
    mkdirSync(join(project, 'pacts', 'broken'));
    writeFileSync(join(project, BROKEN), JSON.stringify(pact, null, 2));
  }, 120_000);

  test('the MSW entry answers in msw\'s setupServer (msw 2.x, an optional peer, installed beside the kit)', async () => {
    const result = ok(await run(project, process.execPath, [join('out', 'msw-consumer.js')], 'node out/msw-consumer.js'), 'the compiled MSW consumer');
    expect(result.stdout).toBe('msw consumer: created an opportunity through monacoHandlers in setupServer\n');
  }, 60_000);

  test('an ES module can import every entry by name', async () => {
    const script =
      "import { createMockApp } from 'monaco-opportunities-mock'; import { startMock } from 'monaco-opportunities-mock/testing'; " +
      "import { verifyPacts, runCompat } from 'monaco-opportunities-mock/contracts'; import { createFetchHandler } from 'monaco-opportunities-mock/fetch'; " +
      "import { monacoHandlers } from 'monaco-opportunities-mock/msw'; " +
      "console.log([createMockApp, startMock, verifyPacts, runCompat, createFetchHandler, monacoHandlers].map((f) => typeof f).join(' '));";
    const result = ok(await run(project, process.execPath, ['--input-type=module', '-e', script], 'ESM import'), 'the ESM import');
    expect(result.stdout.trim()).toBe('function function function function function function');
  }, 60_000);

  test('npx monaco-contracts verify --pact <that pact> passes against the in-process mock', async () => {
    const result = await run(project, 'npx', ['monaco-contracts', 'verify', '--pact', PACT], 'npx monaco-contracts verify (pass)');
    expect(result.stderr).toContain('provider verification passed');
    expect(result.code).toBe(0);
  }, 120_000);

  test('npx monaco-contracts compat <that pact> passes against the kit\'s spec and Monaco\'s vendored one', async () => {
    const result = await run(project, 'npx', ['monaco-contracts', 'compat', PACT], 'npx monaco-contracts compat (pass)');
    expect(result.stdout).toContain('1 pact checked: compatible with both specs.');
    expect(result.stdout).toContain("✓ Monaco's published spec (spec/monaco/2026-08-19.json): 0 errors");
    expect(result.code).toBe(0);
  }, 120_000);

  test('both fail on a broken pact, saying what is wrong', async () => {
    const verify = await run(project, 'npx', ['monaco-contracts', 'verify', '--pact', BROKEN], 'npx monaco-contracts verify (broken)');
    expect(verify.code).toBe(1);
    expect(verify.stdout + verify.stderr).toMatch(/expected 201 but was 200/);
    expect(verify.stdout + verify.stderr).toMatch(/\$\.data.*probability/);
    expect(verify.stderr).toContain('provider verification failed: 2 interaction(s) failed');
    const compat = await run(project, 'npx', ['monaco-contracts', 'compat', BROKEN], 'npx monaco-contracts compat (broken)');
    expect(compat.code).toBe(1);
    expect(compat.stdout).toMatch(/"a read answered with 201" \(GET \/v1\/opportunities\/[0-9a-f-]{36} → 201\): response\.status\.unknown/);
    expect(compat.stdout).toContain('must NOT have additional properties - probability');
  }, 180_000);

  /** Runs `use` with a package of the scratch project moved out of node_modules, as if it had not been installed. */
  async function without<T>(name: string, use: () => Promise<T>): Promise<T> {
    const dir = join(project, 'node_modules', ...name.split('/'));
    renameSync(dir, `${dir}.hidden`);
    try {
      return await use();
    } finally {
      renameSync(`${dir}.hidden`, dir);
    }
  }

  test('without @pact-foundation/pact (an optional peer), verify says what to install (exit code 2), and compat needs no pact', async () => {
    await without('@pact-foundation/pact', async () => {
      const verify = await run(project, 'npx', ['monaco-contracts', 'verify', '--pact', PACT], 'npx monaco-contracts verify (no pact)');
      expect(verify.code).toBe(2);
      expect(verify.stderr).toContain(`npm install --save-dev --save-exact @pact-foundation/pact@${PACT_VERSION}`);
      const compat = await run(project, 'npx', ['monaco-contracts', 'compat', PACT], 'npx monaco-contracts compat (no pact)');
      expect(compat.code).toBe(0);
    });
  }, 120_000);

  test('without swagger-mock-validator (an optional dependency npm skips when its postinstall fails), compat says how to install it (exit code 2)', async () => {
    await without('@pactflow/swagger-mock-validator', async () => {
      const compat = await run(project, 'npx', ['monaco-contracts', 'compat', PACT], 'npx monaco-contracts compat (no validator)');
      expect(compat.code).toBe(2);
      expect(compat.stderr).toContain('"allowScripts": {"@pactflow/swagger-mock-validator": false}');
    });
  }, 60_000);
});
