import { useState } from 'preact/hooks';
import { html } from './html.js';

/** `09:00:00.123` from an ISO instant. */
export function clockTime(iso: string): string {
  return iso.slice(11, 23);
}

/** `2xx`, `4xx`… (or `none` when a fault sent nothing), for styling. */
export function statusClass(status: number | null): string {
  return status === null ? 'none' : `s${String(status)[0]}xx`;
}

const JSON_TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** Pretty JSON with its keys, strings, numbers and literals in their own spans (no innerHTML). */
export function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return html`<pre class="json empty">(no body)</pre>`;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(JSON_TOKEN)) {
    parts.push(text.slice(last, match.index));
    const kind = match[1] ? (match[2] ? 'key' : 'string') : match[3] ? 'literal' : 'number';
    parts.push(html`<span class=${`j-${kind}`}>${match[1] ?? match[0]}</span>`, match[2] ?? '');
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return html`<pre class="json">${parts}</pre>`;
}

/** Headers every browser sends that rarely explain a failure: folded away until asked for. */
const ROUTINE = /^(sec-|accept-language$|accept-encoding$|user-agent$|connection$|cache-control$|pragma$|dnt$|keep-alive$|date$|vary$)/;

/** A header table, the routine ones folded behind a button. */
export function Headers({ headers }: { headers: Record<string, string> }) {
  const [all, setAll] = useState(false);
  const names = Object.keys(headers).sort();
  if (!names.length) return html`<p class="muted">(no headers)</p>`;
  const shown = all ? names : names.filter((n) => !ROUTINE.test(n));
  const folded = names.length - shown.length;
  return html`<table class="kv"><tbody>${shown.map((n) => html`<tr><th>${n}</th><td>${headers[n]}</td></tr>`)}</tbody></table>
    ${(folded > 0 || all) && html`<button type="button" class="link" onClick=${() => setAll(!all)}>${all ? 'Fewer headers' : `${folded} more header${folded === 1 ? '' : 's'}`}</button>`}`;
}

/** `1.2 s`, `3 min`, `2 h 5 min`. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `12.5 MB` from bytes. */
export function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
