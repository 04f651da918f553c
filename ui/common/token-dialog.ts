import { useEffect, useRef, useState } from 'preact/hooks';
import { onTokenNeeded } from './admin-client.js';
import { html } from './html.js';

interface Pending {
  refused: boolean;
  resolve: (token: string) => void;
}

/** The form that asks for the admin token when the mock runs with --admin-token (kept for this tab only). */
export function TokenDialog() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => onTokenNeeded((refused) => new Promise<string>((resolve) => setPending({ refused, resolve }))), []);
  useEffect(() => input.current?.focus(), [pending]);
  if (!pending) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) return;
    pending.resolve(token);
    setPending(null);
    setValue('');
  };
  return html`<div class="overlay">
    <form class="dialog" role="dialog" aria-modal="true" aria-labelledby="token-title" onSubmit=${submit}>
      <h2 id="token-title">Admin token</h2>
      <p>This mock was started with <code>--admin-token</code>: its admin API answers only with that token. It is kept for this tab only.</p>
      ${pending.refused && html`<p class="error" role="alert">The mock refused that token. Check the <code>--admin-token</code> (or <code>MOCK_ADMIN_TOKEN</code>) it was started with.</p>`}
      <label>Token <input ref=${input} type="password" name="token" autocomplete="off" value=${value} onInput=${(e: Event) => setValue((e.target as HTMLInputElement).value)} /></label>
      <div class="actions"><button type="submit" class="primary">Use token</button></div>
    </form>
  </div>`;
}
