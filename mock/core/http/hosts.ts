import { isIP } from 'node:net';

/**
 * Which `Host` names the mock answers (DNS-rebinding protection, as Vite and webpack-dev-server do it): `localhost`
 * and `*.localhost`, every IP address (a page can only reach an IP literal from that address's own origin), and
 * the names of `allowedHosts`: `mock.internal` for that name, `.example.test` for it and its subdomains, `*` for
 * any name (unsafe on a laptop: any web page can then reach the mock through a name of its own).
 */
export interface HostPolicy {
  allows(host: string | undefined): boolean;
  /** The extra names, for messages. */
  readonly names: readonly string[];
}

/** A `Host` header without its port, brackets and trailing dot, lower-cased: `[::1]:4010` → `::1`. */
export function hostname(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[')) name = name.slice(1, name.indexOf(']') < 0 ? undefined : name.indexOf(']'));
  else if (name.lastIndexOf(':') > 0 && isIP(name) !== 6) name = name.slice(0, name.lastIndexOf(':'));
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Whether a host name (or IP) means this machine only: what may listen without an admin token. */
export function isLoopback(host: string): boolean {
  const name = hostname(host);
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

export function hostPolicy(allowedHosts: readonly string[]): HostPolicy {
  const names = allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean);
  const any = names.includes('*');
  const exact = new Set(names.filter((n) => !n.startsWith('.')));
  const suffixes = names.filter((n) => n.startsWith('.'));
  return {
    names,
    allows(host) {
      if (any || host === undefined) return true;
      const name = hostname(host);
      if (name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0 || exact.has(name)) return true;
      return suffixes.some((suffix) => name === suffix.slice(1) || name.endsWith(suffix));
    },
  };
}
