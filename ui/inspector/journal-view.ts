import { useMemo, useState } from 'preact/hooks';
import { clockTime, statusClass } from '../common/format.js';
import { html } from '../common/html.js';
import { RequestDetail } from './request-detail.js';
import type { JournalEntry } from './types.js';
import type { Journal } from './use-journal.js';

interface Filters {
  path: string;
  status: string;
  verdict: '' | 'valid' | 'invalid';
}

/** `4xx` matches 400–499, `422` only 422, `` everything. */
function statusMatches(status: number | null, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  if (!wanted) return true;
  if (status === null) return wanted === 'none';
  return wanted.endsWith('xx') ? String(status)[0] === wanted[0] : String(status) === wanted;
}

function matches(entry: JournalEntry, f: Filters): boolean {
  if (f.path && !entry.path.toLowerCase().includes(f.path.toLowerCase())) return false;
  if (!statusMatches(entry.status, f.status)) return false;
  if (f.verdict && entry.verdict.valid !== (f.verdict === 'valid')) return false;
  return true;
}

/** The one-line hint of a row: what the near-miss diagnosis says to fix, or what the scenario did. */
function hint(entry: JournalEntry): string {
  if (entry.diagnosis) return entry.diagnosis.fix;
  if (entry.applied.fault) return `fault: ${entry.applied.fault}`;
  if (entry.applied.scenario) return `scenario ${entry.applied.scenario}`;
  return '';
}

/** The live journal: filters, the table (newest first) and the request a row opens. */
export function JournalView({ journal, allSessions }: { journal: Journal; allSessions: boolean }) {
  const [filters, setFilters] = useState<Filters>({ path: '', status: '', verdict: '' });
  const [openId, setOpenId] = useState<number | null>(null);
  const shown = useMemo(() => journal.entries.filter((e) => matches(e, filters)), [journal.entries, filters]);
  const open = journal.entries.find((e) => e.id === openId);
  const set = (name: keyof Filters) => (event: Event) => setFilters({ ...filters, [name]: (event.target as HTMLInputElement).value });

  return html`<div class=${`journal ${open ? 'with-detail' : ''}`}>
    <section class="list">
      <form class="filters" role="search" onSubmit=${(e: Event) => e.preventDefault()}>
        <label>Path <input name="path" type="search" placeholder="/v1/…" value=${filters.path} onInput=${set('path')} /></label>
        <label>Status <input name="status" size="5" placeholder="4xx" value=${filters.status} onInput=${set('status')} /></label>
        <label>Verdict <select name="verdict" value=${filters.verdict} onChange=${set('verdict')}>
          <option value="">any</option><option value="valid">valid</option><option value="invalid">invalid</option>
        </select></label>
        <span class="count" aria-live="polite">${shown.length} of ${journal.total} request${journal.total === 1 ? '' : 's'}</span>
      </form>
      ${!journal.loaded && journal.entries.length === 0
        ? html`<p class="muted empty-state">Loading the journal…</p>`
        : journal.entries.length === 0
        ? html`<div class="empty-state"><p>No requests yet${allSessions ? '' : ' in this session'}.</p><p class="muted">Send one (see the quick start on the <a href="/">home page</a>) and it appears here at once.</p></div>`
        : html`<table class="rows">
            <thead><tr><th>Time</th>${allSessions && html`<th>Session</th>`}<th>Method</th><th>Path</th><th>Status</th><th>Verdict</th><th>Hint</th></tr></thead>
            <tbody>${shown.map(
              (e) => html`<tr key=${e.id} data-id=${e.id} class=${e.id === openId ? 'selected' : ''} tabindex="0"
                  onClick=${() => setOpenId(e.id === openId ? null : e.id)} onKeyDown=${(k: KeyboardEvent) => k.key === 'Enter' && setOpenId(e.id)}>
                <td class="time">${clockTime(e.time)}</td>
                ${allSessions && html`<td class="session">${e.session}</td>`}
                <td class="method">${e.method}</td>
                <td class="path">${e.path}</td>
                <td><span class=${`status ${statusClass(e.status)}`}>${e.status ?? '—'}</span></td>
                <td><span class=${`verdict ${e.verdict.valid ? 'valid' : 'invalid'}`}>${e.verdict.valid ? 'valid' : 'invalid'}</span></td>
                <td class="hint" title=${hint(e)}>${hint(e)}</td>
              </tr>`,
            )}</tbody>
          </table>`}
    </section>
    ${open && html`<${RequestDetail} entry=${open} onClose=${() => setOpenId(null)} />`}
  </div>`;
}
