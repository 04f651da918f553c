import { useState } from 'preact/hooks';
import { Headers, Json, statusClass } from '../common/format.js';
import { html } from '../common/html.js';
import type { JournalEntry } from './types.js';

/** Headers a copied curl leaves out: the client and the connection set them. */
const HOP_HEADERS = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'origin', 'referer', 'user-agent']);

/** The request as a curl command (a key the journal shortened becomes a placeholder). */
export function curlOf(entry: JournalEntry): string {
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const search = new URLSearchParams(entry.query).toString();
  const parts = [`curl -s -X ${entry.method} ${quote(`${location.origin}${entry.path}${search ? `?${search}` : ''}`)}`];
  for (const [name, value] of Object.entries(entry.headers)) {
    if (HOP_HEADERS.has(name) || name.startsWith('sec-')) continue;
    parts.push(`-H ${quote(`${name}: ${value.includes('…') ? value.replace(/mks_…\S*/, 'mks_<your key>') : value}`)}`);
  }
  if (entry.body !== null) parts.push(`-d ${quote(typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body))}`);
  return parts.join(' \\\n  ');
}

function Verdict({ entry }: { entry: JournalEntry }) {
  if (entry.verdict.valid) return html`<p class="verdict-line"><span class="verdict valid">valid</span> The request fits spec/openapi.yaml.</p>`;
  return html`<div><p class="verdict-line"><span class="verdict invalid">invalid</span> The request breaks spec/openapi.yaml:</p>
    <ul class="errors">${entry.verdict.errors.map((e) => html`<li><code>${e.loc.join('.')}</code> ${e.msg} <span class="muted">(${e.type})</span></li>`)}</ul></div>`;
}

/** One journaled request: verdict, near-miss hint, what was applied, the request and the response. */
export function RequestDetail({ entry, onClose }: { entry: JournalEntry; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const applied = entry.applied;
  const preferenceApplied = entry.response?.headers['preference-applied'] ?? applied.preferences.join(', ');
  const copy = async () => {
    await navigator.clipboard.writeText(curlOf(entry)).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return html`<aside class="detail" aria-label="Request detail">
    <header>
      <h2><span class="method">${entry.method}</span> <span class="path">${entry.path}</span> <span class=${`status ${statusClass(entry.status)}`}>${entry.status ?? 'no response'}</span></h2>
      <div class="actions"><button type="button" onClick=${copy}>${copied ? 'Copied' : 'Copy as curl'}</button><button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button></div>
    </header>
    <p class="meta">#${entry.id} · ${entry.time} · session <code>${entry.session}</code> · ${entry.operation ?? 'no operation'} · ${entry.duration_ms} ms</p>
    <${Verdict} entry=${entry} />
    ${entry.diagnosis && html`<div class="hint-box" role="note"><strong>Near miss: ${entry.diagnosis.problem}</strong><p>Fix: ${entry.diagnosis.fix}</p><p class="muted">rule ${entry.diagnosis.rule}</p></div>`}
    <dl class="applied">
      <dt>Preference-Applied</dt><dd>${preferenceApplied || html`<span class="muted">none</span>`}</dd>
      ${applied.scenario && html`<dt>Scenario</dt><dd>${applied.scenario}</dd>`}
      ${applied.stub !== undefined && html`<dt>Stub</dt><dd>#${applied.stub}</dd>`}
      ${applied.fault && html`<dt>Fault</dt><dd>${applied.fault}</dd>`}
      ${applied.delay_ms !== undefined && html`<dt>Delay</dt><dd>${applied.delay_ms} ms</dd>`}
    </dl>
    <h3>Request</h3>
    <${Headers} headers=${entry.headers} />
    <${Json} value=${entry.body} />
    <h3>Response</h3>
    ${entry.response
      ? html`<${Headers} headers=${entry.response.headers} /><${Json} value=${entry.response.body} />`
      : html`<p class="muted">Nothing was sent: the ${applied.fault ?? 'connection'} fault closed the connection.</p>`}
  </aside>`;
}
