import { describe, expect, it } from 'vitest';
import { forbiddenAddressKind } from '../../../src/feeds/fetch/address-check.js';

describe('forbiddenAddressKind', () => {
  it.each([
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['169.254.10.10', 'link-local'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a00:1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast or reserved'],
    ['[::1]', 'loopback'],
  ])('refuses %s as %s', (address, kind) => {
    expect(forbiddenAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '2606:4700::1111', '172.32.0.1', '100.128.0.1', '::ffff:8.8.8.8', '1.1.1.1'])(
    'allows the public address %s',
    (address) => {
      expect(forbiddenAddressKind(address)).toBeNull();
    },
  );

  it('refuses what is not an IP address, since it cannot be checked', () => {
    expect(forbiddenAddressKind('example.org')).toBe('unrecognised');
  });
});
