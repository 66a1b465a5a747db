import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { forbiddenAddressKind } from './address-check.js';
import type { ResolvedAddress, ResolveHost } from './fetch-policy.js';

/**
 * The address check lives inside the socket's own DNS lookup, so the addresses checked are exactly the
 * addresses connected to: a second DNS answer (rebinding) never gets a chance to slip in between.
 */

/** A host that resolved to (or is) an address the fetcher must not reach. */
export class RefusedAddressError extends Error {
  readonly code = 'NEWSBRIEF_REFUSED_ADDRESS';
  constructor(hostname: string, address: string, kind: string) {
    const what = hostname === address ? `${hostname} is` : `${hostname} resolves to`;
    super(`refused: ${what} a ${kind} address (${address})`);
    this.name = 'RefusedAddressError';
  }
}

export const resolveWithDns: ResolveHost = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** Host names compared the way URLs spell them: lower case, IPv6 without brackets. */
export function hostKey(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/** Throws RefusedAddressError for the first forbidden address, unless the host is allowed. */
function assertReachable(
  hostname: string,
  addresses: readonly ResolvedAddress[],
  allowed: ReadonlySet<string>,
) {
  if (allowed.has(hostKey(hostname))) return;
  for (const { address } of addresses) {
    const kind = forbiddenAddressKind(address);
    if (kind) throw new RefusedAddressError(hostname, address, kind);
  }
}

/**
 * Sockets skip DNS for an IP literal, so the pinned lookup never sees one: check it before connecting.
 * An IP literal cannot change its mind, so checking it first is as safe as pinning.
 */
export function assertLiteralHostReachable(hostname: string, allowed: ReadonlySet<string>): void {
  const bare = hostKey(hostname);
  const version = isIP(bare);
  if (version !== 0) assertReachable(bare, [{ address: bare, family: version === 6 ? 6 : 4 }], allowed);
}

/** A node:net lookup that resolves with `resolve` and fails the connection on a forbidden address. */
export function pinnedLookup(resolve: ResolveHost, allowed: ReadonlySet<string>): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((found) => {
        assertReachable(hostname, found, allowed);
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = found.filter(({ family }) => wanted === 0 || family === wanted);
        const first = usable[0];
        if (!first)
          throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND', hostname });
        if (options.all)
          callback(
            null,
            usable.map(({ address, family }) => ({ address, family })),
          );
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}
