import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a feed may never point at: anything that reaches this machine, its private network or
 * its cloud's metadata service. node:net's BlockList does the range arithmetic, and it also matches
 * IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 ranges.
 */

type Family = 'ipv4' | 'ipv6';

/** Checked in order: the first match names the kind of address in the refusal message. */
const RANGES: ReadonlyArray<{ kind: string; family: Family; prefix: string; bits: number }> = [
  { kind: 'cloud metadata', family: 'ipv4', prefix: '169.254.169.254', bits: 32 },
  { kind: 'cloud metadata', family: 'ipv6', prefix: 'fd00:ec2::254', bits: 128 },
  { kind: 'loopback', family: 'ipv4', prefix: '127.0.0.0', bits: 8 },
  { kind: 'loopback', family: 'ipv6', prefix: '::1', bits: 128 },
  { kind: 'unspecified', family: 'ipv4', prefix: '0.0.0.0', bits: 8 },
  { kind: 'unspecified', family: 'ipv6', prefix: '::', bits: 128 },
  { kind: 'private', family: 'ipv4', prefix: '10.0.0.0', bits: 8 },
  { kind: 'private', family: 'ipv4', prefix: '172.16.0.0', bits: 12 },
  { kind: 'private', family: 'ipv4', prefix: '192.168.0.0', bits: 16 },
  { kind: 'private', family: 'ipv6', prefix: 'fc00::', bits: 7 },
  { kind: 'shared (CGNAT)', family: 'ipv4', prefix: '100.64.0.0', bits: 10 },
  { kind: 'link-local', family: 'ipv4', prefix: '169.254.0.0', bits: 16 },
  { kind: 'link-local', family: 'ipv6', prefix: 'fe80::', bits: 10 },
  { kind: 'multicast', family: 'ipv4', prefix: '224.0.0.0', bits: 4 },
  { kind: 'multicast', family: 'ipv6', prefix: 'ff00::', bits: 8 },
  // 240/4 is reserved and holds the broadcast address 255.255.255.255.
  { kind: 'broadcast or reserved', family: 'ipv4', prefix: '240.0.0.0', bits: 4 },
];

const LISTS: ReadonlyArray<{ kind: string; list: BlockList }> = RANGES.map(
  ({ kind, family, prefix, bits }) => {
    const list = new BlockList();
    list.addSubnet(prefix, bits, family);
    return { kind, list };
  },
);

/**
 * The kind of forbidden address ("private", "loopback", …), or null when the address is public.
 * Something that is not an IP address at all is refused as well: it cannot be checked.
 */
export function forbiddenAddressKind(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const version = isIP(bare);
  if (version === 0) return 'unrecognised';
  const family: Family = version === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find(({ list }) => list.check(bare, family))?.kind ?? null;
}
