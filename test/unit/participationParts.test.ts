// The small parts of participation: which addresses get which warning, the token buckets' pace,
// the command line's --participants.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../electron/args';
import { listAddresses } from '../../electron/backend/participation/interfaces';
import { TokenBucket } from '../../electron/backend/participation/rateLimit';
import { formatJoinCode } from '../../shared/participation';

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});

describe('the addresses offered for participation', () => {
  const listed = listAddresses({
    lo: [ipv4('127.0.0.1', true)],
    'WLAN-Adapter': [ipv4('192.168.8.100'), { ...ipv4('fe80::1'), family: 'IPv6', scopeid: 0 }],
    Ethernet: [ipv4('169.254.12.7')],
    'LAN-Verbindung* 12': [ipv4('192.168.137.1')],
    'NordLynx VPN': [ipv4('10.5.0.2')],
    'vEthernet (WSL)': [ipv4('172.25.48.1')],
    wlp2s0: [ipv4('10.0.0.23')],
  });
  const warningsOf = (address: string) =>
    listed.find((entry) => entry.address === address)?.warnings.join(' ') ?? 'fehlt';

  it('lists IPv4 addresses only, those without warnings first, with their adapters', () => {
    expect(listed.map((entry) => entry.address)).toHaveLength(7);
    expect(listed.slice(0, 2)).toEqual([
      { adapter: 'WLAN-Adapter', address: '192.168.8.100', warnings: [] },
      { adapter: 'wlp2s0', address: '10.0.0.23', warnings: [] },
    ]);
  });

  it.each([
    ['127.0.0.1', /Nur dieser Rechner/],
    ['169.254.12.7', /Selbst vergebene Adresse/],
    ['192.168.137.1', /Hotspot von Windows.*höchstens 8 Geräte/],
    ['10.5.0.2', /VPN/],
    ['172.25.48.1', /Virtueller Adapter/],
  ])('warns about %s', (address, warning) => {
    expect(warningsOf(address)).toMatch(warning);
  });
});

describe('token buckets', () => {
  it('grants a burst at once, then one per interval, and says how long to wait', () => {
    const bucket = new TokenBucket({ burst: 10, perSecond: 0.5 }, 0);
    for (let i = 0; i < 10; i++) expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBe(2000);
    expect(bucket.take(1000)).toBe(1000);
    expect(bucket.take(2000)).toBe(0);
    expect(bucket.take(2000)).toBe(2000);
  });
});

describe('npm run web -- --participants', () => {
  it('takes an address and an optional port', () => {
    expect(parseLaunchArgs(['--participants', '192.0.2.2'])).toMatchObject({
      participants: '192.0.2.2',
      participantsPort: 0,
    });
    expect(
      parseLaunchArgs(['--participants', '127.0.0.2', '--participants-port', '8090']),
    ).toMatchObject({ participants: '127.0.0.2', participantsPort: 8090 });
  });

  it('refuses a missing address or a wrong port in German', () => {
    expect(() => parseLaunchArgs(['--participants'])).toThrow(/erwartet eine IPv4-Adresse/);
    expect(() => parseLaunchArgs(['--participants-port', '70000'])).toThrow(/Portnummer/);
  });

  it('shows the join code in two halves', () => {
    expect(formatJoinCode('482913')).toBe('482 913');
  });
});
