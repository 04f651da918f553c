import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fromRoot, kitVersion } from '../../spec/paths';
import { listen, Listening, testApp, until } from './helpers';

/** The documented address; the examples run against a mock on a free port, addressed by this Host. */
const DOCUMENTED = 'http://127.0.0.1:4010';
const EXAMPLE = /<!-- checked: docs-examples\.test\.ts -->\n```sh\n([\s\S]*?)```\n```(json|text)\n([\s\S]*?)```/g;

const page = readFileSync(fromRoot('docs', 'inspector.md'), 'utf8');
const examples = [...page.matchAll(EXAMPLE)].map(([, commands, kind, output]) => ({ commands: commands.trim().split('\n'), kind, output }));

/** A curl command line: method, URL, headers, whether it streams (-N), and a `| jq .field`. */
function parseCurl(line: string) {
  const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const curl = { method: 'GET', url: '', headers: {} as Record<string, string>, stream: false, field: undefined as string | undefined };
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === '-X') curl.method = words[++i];
    else if (word === '-H') {
      const [name, ...value] = words[++i].split(':');
      curl.headers[name.toLowerCase()] = value.join(':').trim();
    } else if (word === '|') curl.field = words[(i += 2)].slice(1);
    else if (word === '>') i++; // output thrown away
    else if (word.startsWith('-')) curl.stream ||= word.includes('N');
    else if (word !== '&') curl.url = word;
  }
  return curl;
}

/** Sends a curl to the mock as if it listened on the documented address; `onText` gets the body as it arrives. */
function send(server: Listening, curl: ReturnType<typeof parseCurl>, onText: (text: string) => void): Promise<void> {
  const url = new URL(curl.url.replace(DOCUMENTED, server.url));
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: curl.method, headers: { ...curl.headers, host: new URL(DOCUMENTED).host } }, (res) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk: string) => onText((text += chunk)));
      res.on('end', () => resolve());
      if (curl.stream) resolve(); // a stream does not end: go on once it is open
    });
    req.on('error', reject);
    req.end();
  });
}

describe('docs/inspector.md: every checked example is what the mock answers', () => {
  test('the page has its examples', () => {
    expect(examples.length).toBe(4);
  });

  let server: Listening | undefined;
  // Closed even when a wait fails: an open stream's server would keep jest alive.
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test.each(examples.map((e) => [e.commands.join(' ; '), e]))('%s', async (_name, { commands, kind, output }) => {
    const mock = (server = await listen(testApp()));
    let shown = '';
    let streamed = false;
    for (const curl of commands.map(parseCurl)) {
      if (curl.stream) {
        await send(mock, curl, (text) => (shown = text));
        streamed = true;
      } else {
        let text = '';
        await send(mock, curl, (t) => (text = t));
        if (!streamed) shown = curl.field ? JSON.stringify(JSON.parse(text)[curl.field]) : text;
      }
    }
    const expected = output.trimEnd().length;
    if (streamed) await until(() => shown.trimEnd().length >= expected, 10_000, `the stream showing the ${expected} characters docs/inspector.md does`);
    if (kind === 'text') expect(shown.trimEnd()).toBe(output.trimEnd());
    else {
      const documented = JSON.parse(output);
      if (documented.version) documented.version = kitVersion();
      expect(JSON.parse(shown)).toEqual(documented);
    }
  });
});
