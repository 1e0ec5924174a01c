import { describe, expect, it } from 'vitest';
import { emailHash, ipHash, networkOf } from './fingerprints.ts';

const secret = 'test-secret-test-secret-test-secret-0123';

describe('fingerprints', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:DB8:1:2::', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s is counted as %s', (ip, network) => {
    expect(networkOf(ip)).toBe(network);
  });

  it('one IPv6 /64 is one subscriber; another /64 is someone else', () => {
    expect(ipHash(secret, '2001:db8:1:2::a')).toBe(ipHash(secret, '2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(ipHash(secret, '2001:db8:1:3::a')).not.toBe(ipHash(secret, '2001:db8:1:2::a'));
    expect(ipHash(secret, '203.0.113.7')).not.toBe(ipHash(secret, '203.0.113.8'));
  });

  it('emails match whatever their case and surrounding space, and hashes never show the address', () => {
    expect(emailHash(secret, ' Reader@Example.org ')).toBe(emailHash(secret, 'reader@example.org'));
    expect(emailHash(secret, 'reader@example.org')).not.toContain('reader');
  });
});
