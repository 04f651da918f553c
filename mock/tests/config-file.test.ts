import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract } from '../../spec/contract';
import { fromRoot, SPEC_FILES } from '../../spec/paths';
import { buildCommand, parseArguments } from '../cli';
import { configKey, CONFIG_SEARCH_PLACES, ConfigFileError, loadConfigFile, NOT_CONFIGURABLE } from '../adapters/node/config-file';
import { scratchDirs } from './helpers';

const CLI = fromRoot('dist', 'mock', 'cli.js');
const scratch = scratchDirs('mock-config-');
const schema = loadContract(SPEC_FILES.fixtures).compiler.schemaObject('MockConfig') as { properties: Record<string, { enum?: string[] }> };

/** A scratch project (a folder with a package.json) holding these files. */
function projectWith(files: Record<string, unknown>): string {
  const dir = scratch();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const parse = (dir: string, ...flags: string[]) => parseArguments(['node', 'monaco-mock', ...flags], { cwd: dir });

function parseError(dir: string, ...flags: string[]): string {
  try {
    parse(dir, ...flags);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigFileError');
}

describe('the config file schema (MockConfig in spec/fixtures.yaml) and the command line', () => {
  const options = buildCommand().options.filter((o) => !NOT_CONFIGURABLE.includes(configKey(o)));

  test("its properties are exactly the command's options, by their long names: a flag without a schema entry fails here", () => {
    expect(Object.keys(schema.properties).sort()).toEqual(options.map(configKey).sort());
  });

  test('options with a fixed set of values allow the same values in the file', () => {
    for (const option of options.filter((o) => o.argChoices)) {
      expect({ key: configKey(option), values: schema.properties[configKey(option)].enum }).toEqual({ key: configKey(option), values: option.argChoices });
    }
  });
});

describe('monaco-mock.config.json', () => {
  test('without one, nothing is read and the defaults apply', () => {
    const dir = projectWith({});
    expect(loadConfigFile({ cwd: dir })).toBeUndefined();
    expect(parse(dir)).toMatchObject({ configFile: undefined, port: 4010, options: { seed: 1 } });
  });

  test('monaco-mock.config.json is the first place looked at', () => {
    expect(CONFIG_SEARCH_PLACES[0]).toBe('monaco-mock.config.json');
  });

  test('its values become the options, with relative paths relative to the file', () => {
    const dir = projectWith({ 'monaco-mock.config.json': { port: 5050, seed: 9, references: 'strict', auth: false, 'rate-limit': 5, 'enforce-rate-limit': true, scenarios: 'my-scenarios', 'log-level': 'warn' } });
    const { port, logLevel, options, configFile } = parse(dir);
    expect({ port, logLevel, configFile }).toEqual({ port: 5050, logLevel: 'warn', configFile: join(dir, 'monaco-mock.config.json') });
    expect(options).toMatchObject({ seed: 9, references: 'strict', auth: false, scenarios: join(dir, 'my-scenarios') });
    expect(options.rateLimit).toEqual({ limit: 5, windowMs: 60_000, enforce: true });
  });

  test('flags override the file, and so do MOCK_* variables; the defaults fill what neither sets', () => {
    const dir = projectWith({ 'monaco-mock.config.json': { port: 5050, seed: 9, profile: 'minimal', cors: false } });
    process.env.MOCK_SEED = '3';
    try {
      const { port, options } = parse(dir, '--port', '6060');
      expect(port).toBe(6060);
      expect(options).toMatchObject({ seed: 3, profile: 'minimal', cors: false, references: 'lenient' });
    } finally {
      delete process.env.MOCK_SEED;
    }
  });

  test('it is found from a subfolder, up to the project root, and not above it', () => {
    const dir = projectWith({ 'monaco-mock.config.json': { seed: 4 }, 'web/src/.keep': '' });
    expect(parse(join(dir, 'web', 'src')).options.seed).toBe(4);
    const nested = join(dir, 'packages', 'app');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(nested, 'package.json'), '{"name":"inner"}');
    expect(parse(nested).configFile).toBeUndefined();
  });

  test.each([
    ['.monaco-mockrc', '{"seed": 11}'],
    ['.monaco-mockrc.json', '{"seed": 11}'],
    ['.config/monaco-mockrc.json', '{"seed": 11}'],
    ['monaco-mock.config.cjs', 'module.exports = { seed: 11 };'],
  ])('the rc form %s is read too', (name, content) => {
    const dir = projectWith({ [name]: content });
    expect(parse(dir).options.seed).toBe(11);
  });

  test('so is the "monaco-mock" key of package.json, and monaco-mock.config.json comes first', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', 'monaco-mock': { seed: 12 } }));
    expect(parse(dir).options.seed).toBe(12);
    writeFileSync(join(dir, 'monaco-mock.config.json'), '{"seed": 13}');
    expect(parse(dir).options.seed).toBe(13);
  });

  test('--config names the file to read, wherever it is', () => {
    const dir = projectWith({ 'ci/mock.json': { seed: 21, fixtures: '../orgs' } });
    const { options } = parse(scratch(), '--config', join(dir, 'ci', 'mock.json'));
    expect(options).toMatchObject({ seed: 21, fixtures: join(dir, 'orgs') });
  });

  test('a data set is a name, or a folder relative to the file', () => {
    expect(parse(projectWith({ 'monaco-mock.config.json': { dataset: 'busy-pipeline' } })).options.dataset).toBe('busy-pipeline');
    const dir = projectWith({ 'monaco-mock.config.json': { dataset: './qa/set' } });
    expect(parse(dir).options.dataset).toBe(join(dir, 'qa', 'set'));
  });
});

describe('a config file that cannot be used is refused in one line naming the file, the key and the reason', () => {
  test.each([
    [{ prot: 4010 }, /^monaco-mock\.config\.json: "prot" is not an option \(the keys are monaco-mock's long option names: port, host, seed, /],
    [{ port: '4010' }, /^monaco-mock\.config\.json: "port" must be integer\.$/],
    [{ 'rate-limit': 0 }, /^monaco-mock\.config\.json: "rate-limit" must be >= 1\.$/],
    [{ references: 'loose' }, /^monaco-mock\.config\.json: "references" must be equal to one of the allowed values: lenient, strict\.$/],
    [{ clock: 'yesterday' }, /^monaco-mock\.config\.json: "clock" must match format "date-time"\.$/],
    [[4010], /^monaco-mock\.config\.json: the file must hold a JSON object of options \(must be object\)\.$/],
  ])('%j', (config, message) => {
    const dir = projectWith({ 'monaco-mock.config.json': config });
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const error = parseError(dir);
      expect(error).toMatch(message);
      expect(error).not.toContain('\n');
    } finally {
      process.chdir(previous);
    }
  });

  test('JSON that does not parse names the file and the parser\'s reason', () => {
    const dir = projectWith({ '.monaco-mockrc': '{"seed": 1,}' });
    expect(parseError(dir)).toMatch(/\.monaco-mockrc: not valid JSON \(.*\)\.$/);
  });

  test('--config naming a file that is not there', () => {
    const dir = scratch();
    expect(parseError(dir, '--config', 'nope.json')).toBe(`${join(dir, 'nope.json')}: no such file.`);
  });

  test('"dataset" in the file and --fixtures on the command line cannot meet', () => {
    const dir = projectWith({ 'monaco-mock.config.json': { dataset: 'busy-pipeline' } });
    expect(parseError(dir, '--fixtures', 'fixtures/orgs')).toMatch(/"dataset" \(from the file\) and "fixtures" \(from a flag\) cannot be used together/);
  });

  test('the command exits with code 1 and one line on stderr, nothing on stdout', async () => {
    const dir = projectWith({ 'monaco-mock.config.json': { port: -1 } });
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI], { cwd: dir, timeout: 10_000 }, (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out, stderr: err }));
    });
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: 'monaco-mock: invalid config file monaco-mock.config.json: "port" must be >= 0.\n' });
  });

});
