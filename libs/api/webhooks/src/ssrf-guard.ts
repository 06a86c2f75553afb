import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard: addresses a webhook may not reach unless private targets are allowed — loopback,
 * private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10, where cloud metadata lives), unspecified,
 * multicast, carrier-grade NAT (100.64/10) and other reserved ranges.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  // an IPv4-mapped address (::ffff:10.0.0.1) is checked as the IPv4 address it maps
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? BLOCKED.check(mapped[1], 'ipv4') : BLOCKED.check(address, 'ipv6');
}

export type Resolved = { ok: true; address: string; family: 4 | 6 } | { ok: false; why: 'NOT_ALLOWED' | 'UNRESOLVED' };

/**
 * Resolves a URL's host and checks every address it resolves to; the delivery then connects to the address
 * checked here (never resolving again, so a DNS answer cannot change between the check and the connection).
 */
export async function resolveTarget(url: URL, allowPrivate: boolean): Promise<Resolved> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      return { ok: false, why: 'UNRESOLVED' };
    }
  }
  if (addresses.length === 0) return { ok: false, why: 'UNRESOLVED' };
  if (!allowPrivate && addresses.some((a) => isBlockedAddress(a.address))) return { ok: false, why: 'NOT_ALLOWED' };
  return { ok: true, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}

/** An absolute http(s) URL of at most 2,000 characters, without credentials; null otherwise. */
export function parseEndpointUrl(text: string): URL | null {
  if (text.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return null;
  return url;
}
