import { useEffect, useRef, useState } from 'preact/hooks';
import { admin, explain } from '../common/admin-client.js';
import { html } from '../common/html.js';
import { TokenDialog } from '../common/token-dialog.js';
import { DataView } from './data-view.js';
import { HealthView } from './health-view.js';
import { JournalView } from './journal-view.js';
import { ScenariosView } from './scenarios-view.js';
import type { SessionList, SessionSummary } from './types.js';
import { useJournal } from './use-journal.js';

const TABS = ['journal', 'scenarios', 'data', 'health'] as const;
type Tab = (typeof TABS)[number];

/** The tab and session live in the URL's hash, so a reload (or a shared link) opens the same view. */
function readHash(): { tab: Tab; session: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  const tab = params.get('tab') as Tab;
  return { tab: TABS.includes(tab) ? tab : 'journal', session: params.get('session') ?? 'default' };
}

function SessionPicker({ session, sessions, onPick, onOpen }: { session: string; sessions: SessionSummary[]; onPick: (s: string) => void; onOpen: () => void }) {
  const known = sessions.some((s) => s.id === session) || session === '';
  return html`<label class="session-picker">Session
    <select name="session" value=${session} onFocus=${onOpen} onChange=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
      <option value="">All sessions</option>
      ${!known && html`<option value=${session}>${session}</option>`}
      ${sessions.map((s) => html`<option value=${s.id}>${s.id} (${s.requests} request${s.requests === 1 ? '' : 's'}${s.scenario ? `, ${s.scenario}` : ''})</option>`)}
    </select></label>`;
}

/** The inspector: the live journal, scenarios, data and health of the mock that serves it. */
export function App() {
  const [{ tab, session }, setView] = useState(readHash);
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const loadSessions = () => admin<SessionList>('/__admin/sessions').then((list) => setSessions(list.sessions), (e) => setMessage(explain(e)));
  const journal = useJournal(session, () => {
    setVersion((n) => n + 1);
    void loadSessions();
  });

  useEffect(() => {
    void loadSessions();
    const onHash = () => setView(readHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // The picker's counts follow the journal (at most three times a second), and a session seen first is listed.
  const listed = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, listed.current + 300 - Date.now());
    const timer = setTimeout(() => {
      listed.current = Date.now();
      void loadSessions();
    }, wait);
    return () => clearTimeout(timer);
  }, [journal.entries[0]?.id]);

  const go = (next: { tab?: Tab; session?: string }) => {
    const view = { tab, session, ...next };
    history.replaceState(null, '', `#${new URLSearchParams(view).toString()}`);
    setView(view);
  };
  const problem = message ?? (journal.problem ? explain(journal.problem) : null);
  const liveText = { connecting: 'connecting…', live: 'live', refused: 'refused' }[journal.live];

  return html`<div class="inspector">
    <header class="topbar">
      <a class="brand" href="/">Monaco mock</a>
      <nav><a href="/__inspector" aria-current="page">Inspector</a><a href="/docs">API docs</a></nav>
      <${SessionPicker} session=${session} sessions=${sessions} onPick=${(s: string) => go({ session: s })} onOpen=${loadSessions} />
      <span class=${`live ${journal.live}`} title="The journal feed">${liveText}</span>
    </header>
    ${problem && html`<div class="banner" role="alert"><span>${problem}</span><button type="button" aria-label="Dismiss" onClick=${() => setMessage(null)}>×</button></div>`}
    <nav class="tabs" role="tablist">${TABS.map(
      (t) => html`<button type="button" role="tab" aria-selected=${t === tab} class=${t === tab ? 'current' : ''} onClick=${() => go({ tab: t })}>${t[0].toUpperCase() + t.slice(1)}</button>`,
    )}</nav>
    <main>
      ${tab === 'journal' && html`<${JournalView} journal=${journal} allSessions=${session === ''} />`}
      ${tab === 'scenarios' && html`<${ScenariosView} session=${session} version=${version} report=${setMessage} />`}
      ${tab === 'data' && html`<${DataView} session=${session} version=${version} report=${setMessage} />`}
      ${tab === 'health' && html`<${HealthView} version=${version} />`}
    </main>
    <${TokenDialog} />
  </div>`;
}
