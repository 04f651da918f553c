/**
 * The curl examples of the README and docs pages (a `docs-test` config, ```sh then ```json, abbreviated by
 * leaving keys out), used by docs.test.ts and cli.test.ts. Raw-HTTP exchanges and CLI lines are http-examples.ts's.
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../spec/paths';

/** One example of a docs page: a curl command and the response it shows (abbreviated), with the app it runs on. */
export interface DocExample {
  /** Its place on the page, for test names: the heading above it and its line. */
  name: string;
  curl: string;
  /** The documented response: the real one, abbreviated (see `expectAbbreviation`). */
  response: unknown;
  /** The app of the page's `docs-test` config it runs on (default `default`). */
  app: string;
}

/** A page's examples and the apps they run on (`<!-- docs-test: {"apps": {"name": {createMockApp options}}} -->`). */
export interface DocPage {
  apps: Record<string, Record<string, unknown>>;
  examples: DocExample[];
}

/**
 * Reads the examples of a docs page: each `<!-- example -->` (or `<!-- example: {"app": "name"} -->`) marker is
 * followed by a fenced `sh` block holding one curl command and a fenced `json` block holding its response.
 */
export function readDocPage(file: string): DocPage {
  const text = readFileSync(fromRoot(file), 'utf8');
  const config = /<!-- docs-test: (\{.*\}) -->/.exec(text);
  const apps = { default: {}, ...(config ? (JSON.parse(config[1]) as { apps?: DocPage['apps'] }).apps : {}) };
  const examples: DocExample[] = [];
  const marker = /<!-- example(?:: (\{.*?\}))? -->\n```sh\n([\s\S]*?)```\n+```json\n([\s\S]*?)```/g;
  for (const match of text.matchAll(marker)) {
    const line = text.slice(0, match.index).split('\n').length;
    const heading = [...text.slice(0, match.index).matchAll(/^#+ (.*)$/gm)].pop()?.[1] ?? file;
    const options = match[1] ? (JSON.parse(match[1]) as { app?: string }) : {};
    examples.push({ name: `${heading} (line ${line})`, curl: match[2].trim(), response: JSON.parse(match[3]), app: options.app ?? 'default' });
  }
  return { apps, examples };
}

/** Splits a shell command line into words: single and double quotes, backslash-newline continuations. */
function words(command: string): string[] {
  const out: string[] = [];
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of command.replace(/\\\n\s*/g, ' ').matchAll(pattern)) out.push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]);
  return out;
}

/** A documented curl command as a request: method, path (with its query), headers, body. */
export function parseCurl(curl: string): { method: string; path: string; headers: Record<string, string>; body?: string } {
  const args = words(curl);
  if (args[0] !== 'curl') throw new Error(`Not a curl command: ${curl}`);
  let method: string | undefined;
  let url = '';
  let body: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-X') method = args[++i];
    else if (arg === '-H') {
      const header = args[++i];
      headers[header.slice(0, header.indexOf(':')).toLowerCase()] = header.slice(header.indexOf(':') + 1).trim();
    } else if (arg === '-d') body = args[++i];
    else if (arg === '-o' || arg === '-w') i++; // where the output goes and what to print: not part of the request
    else if (!arg.startsWith('-')) url = arg;
  }
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return { method: method ?? (body === undefined ? 'GET' : 'POST'), path, headers, body };
}

/** Keys whose values follow the clock: compared by form only when the page runs on the system clock. */
const CLOCK_KEYS = new Set(['created_at', 'updated_at', 'timestamp', 'last_activity_at']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Whether a documented response is the actual one, abbreviated: every documented key is in the actual object
 * with a matching value, and a documented list is a subsequence of the actual list (items left out, none
 * reordered). With `clockFree`, timestamps match any timestamp. Returns the path of the first difference.
 */
export function abbreviationProblem(documented: unknown, actual: unknown, clockFree = false, at = '$'): string | undefined {
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return `${at}: documented a list, got ${JSON.stringify(actual)}`;
    let next = 0;
    for (const [i, item] of documented.entries()) {
      while (next < actual.length && abbreviationProblem(item, actual[next], clockFree, `${at}[${next}]`) !== undefined) next++;
      if (next === actual.length) return `${at}[${i}]: documented ${JSON.stringify(item).slice(0, 200)}, found in no later item of ${JSON.stringify(actual).slice(0, 300)}`;
      next++;
    }
    return undefined;
  }
  if (documented && typeof documented === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: documented an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(documented)) {
      if (!(key in actual)) return `${at}.${key}: documented, but the response has no such key`;
      const real = (actual as Record<string, unknown>)[key];
      if (clockFree && CLOCK_KEYS.has(key) && typeof value === 'string' && typeof real === 'string' && INSTANT.test(value) && INSTANT.test(real)) continue;
      const problem = abbreviationProblem(value, real, clockFree, `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return documented === actual ? undefined : `${at}: documented ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`;
}
