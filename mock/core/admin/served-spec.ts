import { bundleDocument } from '../../../spec/bundle';
import type { Contract } from '../../../spec/contract-model';
import type { OpenApiDocument } from '../../../spec/openapi';

/** A spec's entry for a mock on this machine (`http://127.0.0.1:4010`): replaced by the origin it is served from. */
const LOCAL_SERVER = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/?$/;

const bundled = new WeakMap<Contract, OpenApiDocument>();

/**
 * A contract's document as the mock serves it (`/openapi.json`, `/__admin/openapi.json`): standalone (the
 * schemas it takes from sibling documents bundled in, once) and with this mock's origin as its first
 * server; entries for other hosts (Monaco production) stay after it.
 */
export function servedDocument(contract: Contract, origin: string): OpenApiDocument {
  let document = bundled.get(contract);
  if (!document) {
    document = bundleDocument(contract.document, contract.referenced);
    bundled.set(contract, document);
  }
  const others = ((document.servers ?? []) as { url: string }[]).filter((server) => !LOCAL_SERVER.test(server.url));
  return { ...document, servers: [{ url: origin, description: 'This mock' }, ...others] };
}
