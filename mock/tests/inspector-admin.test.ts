import { get as httpGet, IncomingMessage } from 'node:http';
import request from 'supertest';
import { pointer } from '../../spec/document';
import { AdminStream, MAX_STREAMS, STREAM_BACKLOG, streamEvents } from '../core/admin/events';
import type { MockApp } from '../adapters/express/app';
import { create, expectAdminValid, listen, Listening, minimalBody, testApp, until } from './helpers';

describe('GET /__admin/sessions', () => {
  test('lists the default session first, then the others, most recently used first, with what each holds', async () => {
    const app = testApp();
    await create(app, minimalBody(), { 'x-mock-session': 'a' });
    await create(app, minimalBody(), { 'x-mock-session': 'b' });
    await request(app).post('/__admin/scenarios/server-errors/activate?session=a');
    const res = await request(app).get('/__admin/sessions');
    expectAdminValid(app, 'listSessions', 200, res.body);
    expect(res.body.sessions).toEqual([
      { id: 'default', requests: 0, opportunities: 0, stubs: 0, scenario: null, dataset: null },
      { id: 'a', requests: 1, opportunities: 1, stubs: 0, scenario: 'server-errors', dataset: null },
      { id: 'b', requests: 1, opportunities: 1, stubs: 0, scenario: null, dataset: null },
    ]);
  });
});

describe('GET /__admin/state?limit=N', () => {
  test('keeps the newest N of each list, and without limit the whole dump', async () => {
    const app = testApp();
    const names = ['First', 'Second', 'Third'].map((n) => `Acme Corp - ${n}`);
    for (const name of names) await create(app, { ...minimalBody(), name });
    const preview = await request(app).get('/__admin/state?limit=2');
    expectAdminValid(app, 'dumpState', 200, preview.body);
    expect(preview.body.opportunities.map((o: { data: { name: string } }) => o.data.name)).toEqual(names.slice(1));
    expect((await request(app).get('/__admin/state')).body.opportunities).toHaveLength(3);
    expect((await request(app).get('/__admin/state?limit=0')).status).toBe(422);
  });
});

describe('GET /__admin/openapi.json', () => {
  test('is spec/admin.yaml standalone, its server the mock it came from', async () => {
    const app = testApp();
    const res = await request(app).get('/__admin/openapi.json').set('Host', '127.0.0.1:4555');
    expectAdminValid(app, 'getAdminOpenApi', 200, res.body);
    expect(res.body.servers).toEqual([{ url: 'http://127.0.0.1:4555', description: 'This mock' }]);
    const refs = [...JSON.stringify(res.body).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref).toMatch(/^#\//);
      expect(pointer(res.body, ref)).toBeDefined();
    }
    expect(res.body.components.schemas.PublicErrorResponse).toEqual(app.mock.contract.document.components!.schemas!.PublicErrorResponse);
  });
});

describe('the journal keeps what was answered', () => {
  test('headers and body of a success and of a rejection', async () => {
    const app = testApp();
    const ok = await create(app, minimalBody());
    await create(app, { name: 'no account' });
    const { body } = await request(app).get('/__admin/requests');
    expectAdminValid(app, 'listRequests', 200, body);
    const [created, rejected] = body.requests;
    expect(created.response.body).toEqual(ok.body);
    expect(created.response.headers).toMatchObject({ 'content-type': 'application/json', 'x-ratelimit-limit': '100' });
    expect(rejected.response.body.error.code).toBe('validation_error');
  });

  test("a browser's request shows the CORS headers sent with the answer", async () => {
    const app = testApp();
    await create(app, minimalBody(), { origin: 'http://localhost:5173' });
    const [entry] = (await request(app).get('/__admin/requests')).body.requests;
    expect(entry.response.headers).toMatchObject({ 'access-control-allow-origin': 'http://localhost:5173', 'content-type': 'application/json' });
  });

  test('a fault sends no response, and the entry has none', async () => {
    const app = testApp();
    await request(app).post('/__admin/scenarios/empty-response/activate');
    await create(app, minimalBody()).catch(() => undefined);
    const [entry] = (await request(app).get('/__admin/requests')).body.requests;
    expect(entry.status).toBeNull();
    expect(entry.response).toBeUndefined();
  });
});

/** An open `GET /__admin/events` and the events it has sent so far. */
interface Stream {
  events: { event: string; id?: string; data: Record<string, unknown> }[];
  response: IncomingMessage;
  /** Resolves once `count` events arrived. */
  next(count: number): Promise<Stream['events']>;
  close(): void;
}

function openStream(server: Listening, query = ''): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${server.url}/__admin/events${query}`, (response) => {
      const stream: Stream = {
        events: [],
        response,
        next: (count) =>
          new Promise((done) => {
            const check = () => (stream.events.length >= count ? (response.off('data', check), done(stream.events)) : undefined);
            response.on('data', check);
            setImmediate(check);
          }),
        close: () => req.destroy(),
      };
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          const data = field('data');
          if (data) stream.events.push({ event: field('event')!, id: field('id'), data: JSON.parse(data) });
        }
      });
      resolve(stream);
    });
    req.on('error', reject);
  });
}

describe('GET /__admin/events', () => {
  let app: MockApp;
  let server: Listening;
  beforeEach(async () => {
    app = testApp();
    server = await listen(app);
  });
  afterEach(() => server.close());

  test('sends each journaled request of its session as it happens, each a valid JournalEntry', async () => {
    const stream = await openStream(server, '?session=default');
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await create(app, minimalBody(), { 'x-mock-session': 'other' });
    await create(app, minimalBody());
    await create(app, { name: 'no account' });
    const events = await stream.next(2);
    stream.close();
    expect(events.map((e) => [e.event, e.data.status, e.data.session])).toEqual([
      ['request', 200, 'default'],
      ['request', 422, 'default'],
    ]);
    expect(events[0].id).toBe(String(events[0].data.id));
    for (const { data } of events) expect(app.mock.adminContract.compiler.schema('JournalEntry')(data)).toBe(true);
  });

  test('with after, first sends what was journaled since that id', async () => {
    await create(app, minimalBody());
    await create(app, minimalBody());
    const [first] = (await request(app).get('/__admin/requests')).body.requests;
    const stream = await openStream(server, `?after=${first.id}`);
    const events = await stream.next(1);
    stream.close();
    expect(events.map((e) => e.data.id)).toEqual([first.id + 1]);
  });

  test('announces admin changes, after the requests that came before them', async () => {
    const stream = await openStream(server);
    await create(app, minimalBody());
    await request(app).post('/__admin/reset?session=default');
    await request(app).post('/__admin/scenarios/server-errors/activate');
    await request(app).get('/__admin/health'); // reads change nothing
    await request(app).post('/__admin/stubs').send({ operation: 'createOpportunity', session: 'default', respond: { status: 503 } });
    const events = await stream.next(4);
    stream.close();
    expect(events.map((e) => [e.event, e.event === 'request' ? e.data.status : e.data.operation])).toEqual([
      ['request', 200],
      ['changed', 'reset'],
      ['changed', 'activateScenario'],
      ['changed', 'queueStub'],
    ]);
    expect(events[1].data).toEqual({ operation: 'reset', session: 'default' });
    expect(events[2].data).toEqual({ operation: 'activateScenario', session: null });
    expect(events[3].data).toEqual({ operation: 'queueStub', session: 'default' }); // named in the stub's body
  });

  test('a reader that falls behind gets an overflow event and the newest requests', async () => {
    await create(app, minimalBody());
    const [record] = app.mock.sessions.get().journal.all();
    const stream = await openStream(server);
    for (let i = 1; i <= STREAM_BACKLOG + 20; i++) app.mock.feed.journaled({ ...record, id: record.id + i });
    const events = await stream.next(STREAM_BACKLOG + 1);
    stream.close();
    expect(events[0]).toMatchObject({ event: 'overflow', data: { skipped: 20 } });
    expect(events[1].data.id).toBe(record.id + 21);
    expect(events.at(-1)!.data.id).toBe(record.id + STREAM_BACKLOG + 20);
  });

  test('a reader that is behind still gets the events in order: the requests journaled before a change come first', async () => {
    const app = testApp();
    await create(app, minimalBody());
    const [record] = app.mock.sessions.get().journal.all();
    const stream = (streamEvents(app.mock, { params: {}, body: undefined, origin: 'http://127.0.0.1' }) as AdminStream).body;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 60)); // past the 25 ms batch
    const journal = (from: number, to: number) => {
      for (let i = from; i <= to; i++) app.mock.feed.journaled({ ...record, id: record.id + i });
    };
    journal(1, 80); // more than the stream's queue holds: nobody reads, so the reader is behind
    await pause();
    journal(81, 83); // wait in the backlog
    await pause();
    app.mock.feed.changed('reset');
    journal(84, 85);
    await pause();

    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const order: string[] = [];
    let text = '';
    while (order.length < 86) {
      text += decoder.decode((await reader.read()).value, { stream: true });
      const blocks = text.split('\n\n');
      text = blocks.pop()!;
      for (const block of blocks) {
        const event = /^event: (\w+)$/m.exec(block)?.[1];
        if (event === 'request') order.push(String(JSON.parse(/^data: (.*)$/m.exec(block)![1]).id - record.id));
        else if (event) order.push(event);
      }
    }
    await reader.cancel();
    expect(order).toEqual([...Array.from({ length: 83 }, (_, i) => String(i + 1)), 'changed', '84', '85']);
  });

  test(`at most ${MAX_STREAMS} streams are open at once; the next is told to close one`, async () => {
    const streams = await Promise.all(Array.from({ length: MAX_STREAMS }, () => openStream(server)));
    const res = await request(app).get('/__admin/events');
    expect(res.status).toBe(503);
    expectAdminValid(app, 'streamEvents', 503, res.body);
    expect(res.body.error.message).toContain('Close one');
    streams.forEach((s) => s.close());
  });

  test('a closed stream stops listening', async () => {
    const stream = await openStream(server);
    expect(app.mock.feed.size).toBe(1);
    stream.close();
    await until(() => app.mock.feed.size === 0, 5000, 'the feed dropping the closed stream');
    expect((await create(app, minimalBody())).status).toBe(200); // journaled with no listener left
  });
});
