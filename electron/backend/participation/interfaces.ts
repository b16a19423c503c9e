// The laptop's IPv4 addresses as the facilitator chooses among them, each with its adapter's name
// and what speaks against it: phones reach only an address on the network they are in.
import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import type { NetworkAddress } from '../../../shared/participation';

const vpnName =
  /vpn|^tun|^tap|^wg|wireguard|^ppp|^utun|ipsec|tailscale|zerotier|anyconnect|fortinet|forticlient|globalprotect|pangp|nordlynx|proton|cisco|juniper|sonicwall/i;
const virtualName =
  /docker|^br-|^veth|virbr|vmnet|vboxnet|virtualbox|vmware|vethernet|hyper-v|^lxc|^lxd|podman/i;

/** Windows' mobile hotspot always gives the laptop this address. */
export const windowsHotspotAddress = '192.168.137.1';

export function warningsFor(adapter: string, address: string, internal: boolean): string[] {
  const warnings: string[] = [];
  if (internal || address.startsWith('127.')) {
    warnings.push('Nur dieser Rechner selbst erreicht diese Adresse – Handys nicht.');
  }
  if (address.startsWith('169.254.')) {
    warnings.push(
      'Selbst vergebene Adresse (169.254…): Dieser Adapter hat von keinem Router eine Adresse bekommen. Handys erreichen ihn meist nicht.',
    );
  }
  if (address === windowsHotspotAddress) {
    warnings.push(
      'Mobiler Hotspot von Windows: nur wählen, wenn die Handys mit dem Hotspot dieses Laptops verbunden sind (höchstens 8 Geräte).',
    );
  }
  if (vpnName.test(adapter)) {
    warnings.push('Sieht nach einem VPN aus: Handys im Raum erreichen diese Adresse nicht.');
  } else if (virtualName.test(adapter)) {
    warnings.push('Virtueller Adapter (z. B. Docker oder VirtualBox): Handys erreichen ihn nicht.');
  }
  return warnings;
}

/** Every IPv4 address, those without warnings first, each group in the system's order. */
export function listAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): NetworkAddress[] {
  const addresses: NetworkAddress[] = [];
  for (const [adapter, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      if (info.family !== 'IPv4' && (info.family as unknown) !== 4) continue;
      addresses.push({
        adapter,
        address: info.address,
        warnings: warningsFor(adapter, info.address, info.internal),
      });
    }
  }
  return addresses.sort((a, b) => Number(a.warnings.length > 0) - Number(b.warnings.length > 0));
}
