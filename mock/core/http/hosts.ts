const V4_SEGMENT = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const V4 = `(?:${V4_SEGMENT}\\.){3}${V4_SEGMENT}`;
const V6_SEGMENT = '(?:[0-9a-fA-F]{1,4})';
const IPV4 = new RegExp(`^${V4}$`);
/** Node's own IPv6 grammar (lib/internal/net.js), so the core answers as `net.isIP` would, without Node. */
const IPV6 = new RegExp(
  '^(?:' +
    `(?:${V6_SEGMENT}:){7}(?:${V6_SEGMENT}|:)|` +
    `(?:${V6_SEGMENT}:){6}(?:${V4}|:${V6_SEGMENT}|:)|` +
    `(?:${V6_SEGMENT}:){5}(?::${V4}|(?::${V6_SEGMENT}){1,2}|:)|` +
    `(?:${V6_SEGMENT}:){4}(?:(?::${V6_SEGMENT}){0,1}:${V4}|(?::${V6_SEGMENT}){1,3}|:)|` +
    `(?:${V6_SEGMENT}:){3}(?:(?::${V6_SEGMENT}){0,2}:${V4}|(?::${V6_SEGMENT}){1,4}|:)|` +
    `(?:${V6_SEGMENT}:){2}(?:(?::${V6_SEGMENT}){0,3}:${V4}|(?::${V6_SEGMENT}){1,5}|:)|` +
    `(?:${V6_SEGMENT}:){1}(?:(?::${V6_SEGMENT}){0,4}:${V4}|(?::${V6_SEGMENT}){1,6}|:)|` +
    `(?::(?:(?::${V6_SEGMENT}){0,5}:${V4}|(?::${V6_SEGMENT}){1,7}|:))` +
    ')(?:%[0-9a-zA-Z-.:]{1,})?$',
);

/** 4 for an IPv4 address, 6 for IPv6, 0 for anything else (as Node's `net.isIP`). */
export function isIP(text: string): 0 | 4 | 6 {
  return IPV4.test(text) ? 4 : IPV6.test(text) ? 6 : 0;
}

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
  const decide = (host: string) => {
    const name = hostname(host);
    if (name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0 || exact.has(name)) return true;
    return suffixes.some((suffix) => name === suffix.slice(1) || name.endsWith(suffix));
  };
  // Every request asks, nearly always for the same one or two Host values: the answers are remembered (a bounded few).
  const known = new Map<string, boolean>();
  return {
    names,
    allows(host) {
      if (any || host === undefined) return true;
      let allowed = known.get(host);
      if (allowed === undefined) {
        if (known.size >= 64) known.clear();
        known.set(host, (allowed = decide(host)));
      }
      return allowed;
    },
  };
}
