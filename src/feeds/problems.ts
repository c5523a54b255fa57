// Why a feed could not be fetched, added or read: codes with the data to explain them, worded once here.
import type { AlwaysRefusedKind } from './address-guard.js';

export type FeedProblem =
  | { code: 'not-a-url'; input: string }
  | { code: 'not-http'; protocol: string }
  | {
      code: 'refused-address';
      host: string;
      /** Set for an address refused even with FEEDS_ALLOW_PRIVATE=true: the address and its class. */
      always?: { address: string; kind: AlwaysRefusedKind };
    }
  | { code: 'timeout'; seconds: number }
  | { code: 'redirect-loop'; url: string }
  | { code: 'too-many-redirects'; max: number }
  | { code: 'too-large'; maxBytes: number }
  | { code: 'http'; status: number; retryAfter: string | null }
  | { code: 'network'; detail: string }
  | { code: 'not-a-feed'; detail: string }
  | { code: 'duplicate'; id: number; url: string };

export type FeedProblemCode = FeedProblem['code'];

export class FeedProblemError extends Error {
  constructor(readonly problem: FeedProblem) {
    super(describeProblem(problem));
    this.name = 'FeedProblemError';
  }
}

const STATUS_WORDS: Record<number, string> = {
  401: 'needs a login',
  403: 'access is forbidden',
  404: 'not found',
  410: 'gone for good',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/** The problem in words, for the CLI, the log and the feed's stored reason. */
export function describeProblem(p: FeedProblem): string {
  switch (p.code) {
    case 'not-a-url':
      return `"${p.input}" is not a URL`;
    case 'not-http':
      return `only http and https URLs can be feeds (got ${p.protocol})`;
    case 'refused-address':
      if (p.always) return describeAlwaysRefused(p.host, p.always.address, p.always.kind);
      return `${p.host} is a private, loopback or reserved address; set FEEDS_ALLOW_PRIVATE=true to allow it`;
    case 'timeout':
      return `no complete answer within ${p.seconds} seconds`;
    case 'redirect-loop':
      return `redirect loop: ${p.url} was reached twice`;
    case 'too-many-redirects':
      return `more than ${p.max} redirects`;
    case 'too-large':
      return `the response is larger than ${p.maxBytes} bytes`;
    case 'http':
      return `HTTP ${p.status}${STATUS_WORDS[p.status] ? ` (${STATUS_WORDS[p.status]})` : ''}`;
    case 'network':
      return `network error: ${p.detail}`;
    case 'not-a-feed':
      return `not a feed: ${p.detail}`;
    case 'duplicate':
      return `this feed is already added as feed ${p.id} (${p.url})`;
  }
}

function describeAlwaysRefused(host: string, address: string, kind: AlwaysRefusedKind): string {
  const where = host.replace(/^\[|\]$/g, '') === address ? address : `${host} leads to ${address},`;
  const what =
    kind === 'cloud-metadata'
      ? 'a cloud metadata service address'
      : 'a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services answer';
  const verb = where === address ? ' is' : '';
  return `${where}${verb} ${what}; Herald never fetches from one, even with FEEDS_ALLOW_PRIVATE=true`;
}
