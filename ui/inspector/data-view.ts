import { useState } from 'preact/hooks';
import { adminAction, query } from '../common/admin-client.js';
import { Json } from '../common/format.js';
import { html } from '../common/html.js';
import { useAction, useAdmin } from './use-admin.js';
import type { DatasetList } from './types.js';

/** Items shown per collection: the newest (the dump is asked for no more). */
const PREVIEW = 200;
/** Columns a table prefers, in this order; other scalar fields fill up to six. */
const PREFERRED = ['name', 'key', 'id', 'stage', 'amount', 'currency_code', 'close_date', 'account_id', 'email', 'created_at', 'expires_at'];

type Item = Record<string, unknown>;

/** A stored record's fields: `{ org_id, data: {…} }` shows its data, with the org. */
const fieldsOf = (item: unknown): Item => {
  const object = (item ?? {}) as Item;
  return object.data && typeof object.data === 'object' ? { ...(object.data as Item), org_id: object.org_id } : object;
};

function columnsOf(items: Item[]): string[] {
  const scalar = new Set(items.slice(0, 20).flatMap((i) => Object.keys(i).filter((k) => i[k] === null || typeof i[k] !== 'object')));
  return [...PREFERRED.filter((c) => scalar.has(c)), ...[...scalar].filter((c) => !PREFERRED.includes(c))].slice(0, 6);
}

/** Every list in the session's state dump (opportunities, idempotency keys, and any collection added later). */
function Collections({ state }: { state: Item }) {
  const names = Object.keys(state).filter((k) => Array.isArray(state[k]));
  const [chosen, setChosen] = useState(names[0]);
  const [open, setOpen] = useState<number | null>(null);
  const name = names.includes(chosen) ? chosen : names[0];
  const items = ((state[name] as unknown[]) ?? []).map(fieldsOf).reverse();
  const columns = columnsOf(items);
  return html`<div class="collections">
    <nav class="subtabs">${names.map((n) => html`<button type="button" class=${n === name ? 'current' : ''} onClick=${() => (setChosen(n), setOpen(null))}>${n} <span class="badge">${(state[n] as unknown[]).length}</span></button>`)}</nav>
    ${items.length === 0
      ? html`<p class="muted empty-state">No ${name} in this session.</p>`
      : html`<table class="rows" data-collection=${name}><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
          <tbody>${items.map((item, i) => html`<tr key=${i} class=${open === i ? 'selected' : ''} onClick=${() => setOpen(open === i ? null : i)}>${columns.map((c) => html`<td>${String(item[c] ?? '—')}</td>`)}</tr>
            ${open === i && html`<tr class="expanded"><td colspan=${columns.length}><${Json} value=${item} /></td></tr>`}`)}</tbody></table>`}
    ${items.length === PREVIEW && html`<p class="muted">The newest ${PREVIEW} are shown.</p>`}
  </div>`;
}

interface Props {
  session: string;
  version: number;
  report: (message: string | null) => void;
}

/** The session's data, with reset and data-set load. */
export function DataView({ session, version, report }: Props) {
  const target = session || 'default';
  const state = useAdmin<Item>(`/__admin/state${query({ session: target, limit: PREVIEW })}`, version);
  const datasets = useAdmin<DatasetList>('/__admin/datasets', version);
  const [dataset, setDataset] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const { busy, run } = useAction(report);
  const act = (path: string) => run(() => adminAction('POST', path).then(state.reload));
  const chosen = dataset || datasets.data?.datasets[0]?.name || '';
  const description = datasets.data?.datasets.find((d) => d.name === chosen)?.description;
  return html`<section class="data">
    <div class="toolbar">
      <p>Session <code>${target}</code>${state.data && html` · ${String(state.data.creates)} created`}</p>
      <button type="button" disabled=${busy} onClick=${() => act(`/__admin/reset${query({ session: target })}`)}>Reset this session</button>
      <button type="button" class=${confirmAll ? 'danger' : ''} disabled=${busy} onBlur=${() => setConfirmAll(false)}
        onClick=${() => (confirmAll ? (setConfirmAll(false), act('/__admin/reset')) : setConfirmAll(true))}>${confirmAll ? 'Click again to reset everything' : 'Reset everything'}</button>
    </div>
    <form class="toolbar dataset" onSubmit=${(e: Event) => e.preventDefault()}>
      <label>Data set <select name="dataset" value=${chosen} onChange=${(e: Event) => setDataset((e.target as HTMLSelectElement).value)}>
        ${datasets.data?.datasets.map((d) => html`<option value=${d.name}>${d.name}${d.active_in.length ? ` (${d.active_in.map((s) => (s === '*' ? 'all' : s)).join(', ')})` : ''}</option>`)}
      </select></label>
      <button type="button" disabled=${busy || !chosen} onClick=${() => act(`/__admin/datasets/${chosen}/load${query({ session: target })}`)}>Load into this session</button>
      <button type="button" disabled=${busy || !chosen} onClick=${() => act(`/__admin/datasets/${chosen}/load`)}>Load for every session</button>
      ${description && html`<p class="muted description">${description}</p>`}
    </form>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : state.data ? html`<${Collections} state=${state.data} />` : html`<p class="muted">Loading…</p>`}
  </section>`;
}
