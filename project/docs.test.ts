/**
 * The README and docs/ say what the kit does: their links resolve, and every option, route, scenario,
 * provider state, near-miss rule, exposed header and config place the code has is in its page. (The quick
 * start runs in mock/tests/cli.test.ts, the examples shown from files in project/examples.test.ts.)
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildCommand as contractsCommand } from '../contracts/cli';
import { STATE_NAMES } from '../contracts/kit/states';
import { readDocument } from '../spec/document';
import { loadContract } from '../spec/contract';
import { fromRoot, SPEC_FILES } from '../spec/paths';
import { EXPOSED_HEADERS } from '../mock/adapters/express/app';
import { buildCommand as mockCommand } from '../mock/cli';
import { CONFIG_SEARCH_PLACES } from '../mock/adapters/node/config-file';
import { CONTROL_NAMES } from '../mock/core/controls/prefer';
import { DEFAULT_SCENARIOS_DIR } from '../mock/adapters/node/scenario-files';
import { buildCommand as seedCommand } from '../seed/cli';
import type { ErrorCode } from '../mock/core/types';
import type { OrgFixture } from '../fixtures/load';

const ROOT = fromRoot();
const DOCS = fromRoot('docs');
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort();
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const doc = (page: string) => read(join('docs', page)).replace(/\\\|/g, '|');
const README = read('README.md');

/** GitHub's anchor for a heading. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  return found;
}

describe('the README', () => {
  test('a newcomer reads it in five minutes: under 400 lines, the Node requirement near the top', () => {
    const lines = README.split('\n');
    expect(lines.length).toBeLessThan(400);
    expect(lines.slice(0, 20).join('\n')).toMatch(/\*\*Requirements:\*\* Node\.js 20\.19\+/);
  });

  test('its fixture table holds every id of the default org, and nothing the fixtures lack', () => {
    const org = JSON.parse(read('fixtures/orgs/northwind-analytics.json')) as OrgFixture;
    const table = README.slice(README.indexOf('## Fixture ids'), README.indexOf('## Troubleshooting'));
    const ids = [
      org.id,
      ...org.api_keys.map((k) => k.key),
      ...org.users.map((u) => u.id),
      ...org.accounts.map((a) => a.id),
      ...org.tags.map((t) => t.id),
      ...org.pipeline.stages.map((s) => s.key),
      ...org.custom_fields.map((f) => f.id),
      ...org.custom_fields.flatMap((f) => ('options' in f && f.options ? f.options.map((o) => o.key) : [])),
    ];
    for (const id of ids) expect(table).toContain(`\`${id}\``);
    const known = new Set([...ids, 'mks_amara_okafor_contoso_revenue_read_write_00000000']);
    const uuidsAndKeys = [...table.matchAll(/`([0-9a-f]{8}-[0-9a-f-]{27}|mks_[A-Za-z0-9_-]{48})`/g)].map((m) => m[1]);
    expect(uuidsAndKeys.filter((id) => !known.has(id))).toEqual([]);
    for (const user of org.users) expect(table).toContain(`${user.first_name} ${user.last_name}`);
  });
});

describe('links', () => {
  const documents = ['README.md', ...pages.map((p) => join('docs', p))];

  test.each(documents)('every relative link of %s resolves, anchors included', (file) => {
    const broken: string[] = [];
    const text = read(file).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const full = path ? resolve(ROOT, dirname(file), path) : join(ROOT, file);
      if (!existsSync(full)) broken.push(`${target}: no ${relative(ROOT, full)}`);
      else if (anchor && (statSync(full).isDirectory() || !anchors(full).has(anchor))) broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });

  test('docs/README.md links every page of docs/', () => {
    const index = doc('README.md');
    expect(pages.filter((p) => p !== 'README.md' && !index.includes(`](${p})`))).toEqual([]);
  });
});

describe('every option of the three commands is in its page', () => {
  const options = (command: Command) => command.options.map((o) => o.flags);

  test('monaco-mock: docs/cli.md, with its MOCK_* variables', () => {
    const page = doc('cli.md');
    const command = mockCommand();
    expect(options(command).filter((flags) => !page.includes(`\`${flags}\``))).toEqual([]);
    expect(command.options.map((o) => o.envVar).filter((v) => v && !page.includes(`\`${v}\``))).toEqual([]);
  });

  test('monaco-seed: docs/seeding.md', () => {
    const page = doc('seeding.md');
    expect(options(seedCommand()).filter((flags) => !page.includes(`\`${flags}\``))).toEqual([]);
  });

  test('monaco-contracts verify and compat: docs/contracts.md', () => {
    const page = doc('contracts.md');
    const missing = contractsCommand().commands.flatMap((sub) => options(sub).filter((flags) => !page.includes(`| \`${sub.name()}\` | \`${flags}\``)));
    expect(missing).toEqual([]);
  });
});

describe('everything the mock knows is in its page', () => {
  test('every admin route: docs/admin-api.md', () => {
    const page = doc('admin-api.md');
    const routes = Object.entries(readDocument(SPEC_FILES.admin).paths).flatMap(([path, item]) =>
      Object.keys(item as object).filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !new RegExp(`\`${route.replace(/[{}?[\]]/g, '\\$&')}(\\[\\?session=\\])?\``).test(page))).toEqual([]);
  });

  test('every shipped scenario: docs/scenarios.md, and every one is a provider state in docs/contracts.md', () => {
    const names = readdirSync(DEFAULT_SCENARIOS_DIR).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(DEFAULT_SCENARIOS_DIR, f), 'utf8')).name as string);
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.filter((name) => !doc('scenarios.md').includes(`| \`${name}\` |`))).toEqual([]);
    expect(names.filter((name) => !doc('contracts.md').includes(`\`${name}\``))).toEqual([]);
  });

  test('every parametrised provider state: docs/contracts.md', () => {
    expect(Object.values(STATE_NAMES).filter((name) => !doc('contracts.md').includes(`| \`${name}\` |`))).toEqual([]);
  });

  test('every near-miss rule: docs/journal.md', () => {
    // Every `rule: '<area>.<name>'` of the files that diagnose requests.
    const source = ['mock/core/journal/diagnosis.ts', 'mock/core/journal/list-diagnosis.ts', 'mock/core/journal/hints.ts'].map(read).join('\n');
    const rules = new Set([...source.matchAll(/rule: '([a-z-]+\.[a-z-]+)'/g)].map((m) => m[1]));
    expect(rules.size).toBeGreaterThan(20);
    expect([...rules].filter((rule) => !doc('journal.md').includes(`| \`${rule}\` |`))).toEqual([]);
  });

  test('every Prefer control: docs/prefer.md', () => {
    expect(CONTROL_NAMES.filter((name) => !doc('prefer.md').includes(`\`${name}=`))).toEqual([]);
  });

  test('every error code: docs/errors.md', () => {
    const codes = (loadContract().compiler.schemaObject('ErrorCode').enum ?? []) as ErrorCode[];
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((code) => !doc('errors.md').includes(`\`${code}\``))).toEqual([]);
  });

  test('every header exposed to browsers: docs/cors.md', () => {
    expect(EXPOSED_HEADERS.filter((header) => !doc('cors.md').includes(`\`${header}\``))).toEqual([]);
  });

  test('every place the config file is looked for: docs/config-file.md, and its example is a valid config', () => {
    const page = doc('config-file.md');
    expect(CONFIG_SEARCH_PLACES.filter((place) => !page.includes(`| \`${place}\` |`))).toEqual([]);
    const example = /<!-- config-example -->\n```json\n([\s\S]*?)```/.exec(page)![1];
    const validate = loadContract(SPEC_FILES.fixtures).compiler.schema('MockConfig');
    expect({ valid: validate(JSON.parse(example)), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
  });
});
