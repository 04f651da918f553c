import { useEffect, useState } from 'preact/hooks';
import { bytes, duration, Json } from '../common/format.js';
import { html } from '../common/html.js';
import { useAdmin } from './use-admin.js';
import type { Health } from './types.js';

const REFRESH_MS = 5000;

/** How a health field is shown: a label, and a format by the field's name (`*_bytes`, `*_s`). */
function show(name: string, value: unknown): unknown {
  if (typeof value === 'number' && /bytes$/.test(name)) return bytes(value);
  if (typeof value === 'number' && /_s$/.test(name)) return duration(value);
  if (typeof value === 'number') return value.toLocaleString('en');
  if (value === null) return html`<span class="muted">none</span>`;
  if (typeof value === 'object') return html`<dl class="nested">${Object.entries(value as object).map(([k, v]) => html`<dt>${label(k)}</dt><dd>${show(k, v)}</dd>`)}</dl>`;
  return String(value);
}

/** `uptime_s` → `Uptime`, `self_check_failures` → `Self check failures` (the unit is in the formatted value). */
const label = (name: string) => name.replace(/_(s|bytes)$/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** What `GET /__admin/health` reports, every field of it (newer fields such as a memory budget included). */
export function HealthView({ version }: { version: number }) {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const { data, error } = useAdmin<Health>('/__admin/health', version + tick);
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!data) return html`<p class="muted">Loading health…</p>`;
  const { clock, ...rest } = data;
  return html`<section class="health">
    <dl class="stats">
      ${Object.entries(rest).map(([name, value]) => html`<div class="stat" data-field=${name}><dt>${label(name)}</dt><dd>${show(name, value)}</dd></div>`)}
      <div class="stat" data-field="clock"><dt>Clock</dt><dd>${clock.now.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}<br /><span class="muted">${clock.frozen ? 'frozen' : 'running'}</span></dd></div>
    </dl>
    <details><summary>As JSON</summary><${Json} value=${data} /></details>
  </section>`;
}
