import { adminAction, query } from '../common/admin-client.js';
import { html } from '../common/html.js';
import { useAction, useAdmin } from './use-admin.js';
import type { ScenarioList } from './types.js';

interface Props {
  session: string;
  version: number;
  report: (message: string | null) => void;
}

/** Every scenario with its description, where it is active, and buttons to turn it on or off. */
export function ScenariosView({ session, version, report }: Props) {
  const { data, error, reload } = useAdmin<ScenarioList>('/__admin/scenarios', version);
  const { busy, run } = useAction(report);
  const act = (path: string) => run(() => adminAction('POST', path).then(reload));
  const here = session || undefined;
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!data) return html`<p class="muted">Loading scenarios…</p>`;
  const activeHere = data.scenarios.find((s) => here && s.active_in.includes(here));
  const activeGlobally = data.scenarios.find((s) => s.active_in.includes('*'));
  return html`<section class="scenarios">
    <div class="toolbar">
      <p>${here ? html`In session <code>${here}</code>: ` : ''}${activeHere
        ? html`<strong>${activeHere.name}</strong> is active.`
        : activeGlobally
          ? html`<strong>${activeGlobally.name}</strong> is active for every session.`
          : 'No scenario is active: requests behave normally.'}</p>
      ${here && html`<button type="button" disabled=${busy} onClick=${() => act(`/__admin/scenarios/deactivate${query({ session: here })}`)}>Deactivate in this session</button>`}
      <button type="button" disabled=${busy} onClick=${() => act('/__admin/scenarios/deactivate')}>Deactivate for all</button>
    </div>
    <ul class="cards-list">${data.scenarios.map(
      (s) => html`<li key=${s.name} class=${`scenario ${s.active_in.length ? 'active' : ''}`} data-scenario=${s.name}>
        <div class="scenario-head"><h3>${s.name}</h3>${s.active_in.map((where) => html`<span class="badge">${where === '*' ? 'all sessions' : where}</span>`)}</div>
        <p>${s.description}</p>
        <div class="actions">
          ${here && html`<button type="button" class="primary" disabled=${busy} title="Activating starts the scenario's steps from the first"
            onClick=${() => act(`/__admin/scenarios/${s.name}/activate${query({ session: here })}`)}>${s.active_in.includes(here) ? 'Restart in this session' : 'Activate in this session'}</button>`}
          <button type="button" disabled=${busy} onClick=${() => act(`/__admin/scenarios/${s.name}/activate`)}>Activate for all</button>
        </div>
      </li>`,
    )}</ul>
  </section>`;
}
