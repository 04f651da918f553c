import { render } from 'preact';
import { admin, adminToken, explain } from '../common/admin-client.js';
import { html } from '../common/html.js';
import { TokenDialog } from '../common/token-dialog.js';

/** What Swagger UI's bundle (a classic script loaded before this module) puts on window. */
interface SwaggerUi {
  preauthorizeApiKey(scheme: string, value: string): void;
}
interface SwaggerRequest {
  url: string;
  headers: Record<string, string>;
}
declare const SwaggerUIBundle: (config: Record<string, unknown>) => SwaggerUi;

/** `GET /` as JSON: links (the admin ones only when the admin API is on) and the quick-start key. */
interface RootIndex {
  links: { admin_openapi?: string; inspector?: string };
  quick_start: { api_key: string | null } | null;
}

const which = new URLSearchParams(location.search).get('spec') === 'admin' ? 'admin' : 'monaco';
const note = document.getElementById('note')!;
document.getElementById(`spec-${which}`)!.classList.add('current');
render(html`<${TokenDialog} />`, document.getElementById('dialogs')!);

/** "Try it" calls to the admin API carry the token the inspector (or this page) was given. */
function withAdminToken(request: SwaggerRequest): SwaggerRequest {
  const token = adminToken();
  if (token && new URL(request.url, location.href).pathname.startsWith('/__admin/')) request.headers.Authorization = `Bearer ${token}`;
  return request;
}

async function start(): Promise<void> {
  const index = (await (await fetch('/', { headers: { Accept: 'application/json' } })).json()) as RootIndex;
  if (!index.links.admin_openapi) document.getElementById('spec-admin')!.remove();
  if (!index.links.inspector) document.getElementById('inspector-link')!.remove();
  const key = index.quick_start?.api_key;
  const source = which === 'admin' ? { spec: await admin<object>('/__admin/openapi.json') } : { url: '/openapi.json' };
  const ui = SwaggerUIBundle({
    ...source,
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    validatorUrl: null, // the online validator badge would call out of this machine
    requestInterceptor: withAdminToken,
    onComplete: () => {
      if (which === 'monaco' && key) ui.preauthorizeApiKey('bearerAuth', key);
    },
  });
  note.textContent =
    which === 'admin'
      ? `The mock's admin API. "Try it out" calls go to this mock (${location.origin}).`
      : `"Try it out" calls go to this mock (${location.origin})${key ? ", as the default org's default user (Authorize to use another key)" : ''}.`;
}

start().catch((error) => {
  note.textContent = `The spec could not be loaded: ${explain(error)}`;
  note.classList.add('error');
});
