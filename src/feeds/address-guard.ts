// Addresses a feed may never lead to, whatever FEEDS_ALLOW_PRIVATE says. An operator who allows private
// addresses means a feed on the LAN; link-local addresses (169.254.0.0/16, fe80::/10) are where cloud
// metadata services answer (169.254.169.254 hands out a machine's credentials), and a few providers put
// theirs elsewhere (fd00:ec2::254, 100.100.100.200). The check runs on the resolved address at connect
// time, before request-filtering-agent's own, so a name, a numeric spelling, an IPv4-mapped or NAT64 form
// and a redirect are all caught.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, Socket, type LookupFunction, type TcpNetConnectOpts } from 'node:net';
import type { Duplex } from 'node:stream';

export type AlwaysRefusedKind = 'link-local' | 'cloud-metadata';

/** A range as IPv4, and in the IPv6 forms that carry it: IPv4-mapped, IPv4-translated, NAT64 (64:ff9b::/96). */
function blockList(ipv4: Array<[string, number]>, ipv6: Array<[string, number]>): BlockList {
  const list = new BlockList();
  for (const [address, prefix] of ipv4) {
    list.addSubnet(address, prefix, 'ipv4');
    const [a = 0, b = 0, c = 0, d = 0] = address.split('.').map(Number);
    const tail = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    for (const head of ['::ffff:', '::ffff:0:', '64:ff9b::'])
      list.addSubnet(head + tail, 96 + prefix, 'ipv6');
  }
  for (const [address, prefix] of ipv6) list.addSubnet(address, prefix, 'ipv6');
  return list;
}

const METADATA = blockList(
  [
    ['169.254.169.254', 32], // AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean …
    ['169.254.170.2', 32], // AWS ECS task metadata
    ['100.100.100.200', 32], // Alibaba Cloud
  ],
  [['fd00:ec2::254', 128]], // AWS over IPv6
);
const LINK_LOCAL = blockList([['169.254.0.0', 16]], [['fe80::', 10]]);

/** Whether an address is one no feed may reach, and why; null for any other address or a name. */
export function alwaysRefusedKind(address: string): AlwaysRefusedKind | null {
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (METADATA.check(bare, type)) return 'cloud-metadata';
  if (LINK_LOCAL.check(bare, type)) return 'link-local';
  return null;
}

export class AlwaysRefusedError extends Error {
  constructor(
    readonly address: string,
    readonly kind: AlwaysRefusedKind,
  ) {
    super(`${address} is a ${kind} address; feeds may never reach it`);
    this.name = 'AlwaysRefusedError';
  }
}

const refusal = (address: string): AlwaysRefusedError | null => {
  const kind = alwaysRefusedKind(address);
  return kind ? new AlwaysRefusedError(address, kind) : null;
};

/** A lookup that answers as `lookup` does, or fails when any address it found must not be reached. */
export function guardLookup(lookup: LookupFunction): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    lookup(
      hostname,
      options as never,
      ((error: Error | null, address: unknown, family?: number) => {
        if (error) return callback(error);
        const found = Array.isArray(address)
          ? (address as Array<{ address: string }>).map((a) => a.address)
          : [address as string];
        for (const one of found) {
          const refused = refusal(one);
          if (refused) return callback(refused);
        }
        return callback(null, address, family);
      }) as never,
    );
  }) as LookupFunction;
}

type Connect = (
  options: TcpNetConnectOpts,
  listener?: (error: Error | null, socket: Duplex) => void,
) => Duplex | Socket;

/**
 * Wraps an agent's createConnection: an address given directly (no name to look up) is checked here, and
 * a name is looked up through the guard. `lookup` is the DNS lookup to use (the tests' stand-in, or none).
 */
export function guardConnection(connect: Connect, lookup: LookupFunction | undefined): Connect {
  return (options, listener) => {
    const refused = options.host === undefined ? null : refusal(options.host);
    if (refused) {
      const socket = new Socket();
      if (listener) listener(refused, socket);
      else socket.destroy(refused);
      return socket;
    }
    const inner = options.lookup ?? lookup ?? (dnsLookup as LookupFunction);
    return connect({ ...options, lookup: guardLookup(inner) }, listener);
  };
}
