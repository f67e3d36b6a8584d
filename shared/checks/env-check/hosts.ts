// Where a value points: production must not point at a developer's machine or at a staging system.
import { isIP } from 'node:net';

export type HostClass = 'local' | 'staging';

/** Tunnels to a laptop are as local as localhost, only reachable from outside. */
const LOCAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.test',
  '.internal.docker',
  '.ngrok.io',
  '.ngrok.app',
  '.ngrok-free.app',
  '.ngrok-free.dev',
  '.trycloudflare.com',
  '.loca.lt',
  '.localtest.me',
  '.lvh.me',
  '.nip.io',
  '.sslip.io',
];
const LOCAL_HOSTS = new Set(['localhost', '0.0.0.0', '::', '::1', 'host.docker.internal', 'gateway.docker.internal']);

const STAGING_WORDS = new Set([
  'staging',
  'stage',
  'stg',
  'dev',
  'develop',
  'development',
  'sandbox',
  'preview',
  'qa',
  'uat',
  'test',
  'testing',
]);

/** Hosts a value names: itself when it is a URL or host[:port], or each entry of a comma/space list of URLs. */
export function hostsIn(value: string): string[] {
  const hosts: string[] = [];
  for (const part of value.split(/[\s,;]+/)) {
    const host = hostOf(part);
    if (host !== undefined) hosts.push(host);
  }
  return hosts;
}

function hostOf(text: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const hostname = new URL(text).hostname;
      return hostname === '' ? undefined : hostname.replace(/^\[|\]$/g, '').toLowerCase();
    } catch {
      return undefined;
    }
  }
  // A bare host[:port]: needs a dot or to be a known local name, so that ordinary words are not hosts.
  const bare = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.exec(text);
  if (bare === null) return undefined;
  const host = bare[1].replace(/^\[|\]$/g, '').toLowerCase();
  if (LOCAL_HOSTS.has(host) || isIP(host) !== 0) return host;
  // `3.14` or `v1.2` are not hosts: a domain ends in a label with a letter.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z0-9-]*[a-z][a-z0-9-]*$/.test(host) ? host : undefined;
}

export function classifyHost(host: string): HostClass | undefined {
  if (LOCAL_HOSTS.has(host) || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'local';
  if (isIP(host) === 4 && host.startsWith('127.')) return 'local';
  if (isIP(host) !== 0) return undefined;
  // The last label is the TLD: `myshop.dev` is a real domain, `dev.myshop.com` is not production.
  const labels = host.split('.').slice(0, -1);
  const words = labels.flatMap((label) => label.split('-'));
  return words.some((word) => STAGING_WORDS.has(word)) ? 'staging' : undefined;
}

/** The worst place a value points at, local before staging. */
export function classifyValueHosts(value: string): HostClass | undefined {
  const classes = hostsIn(value).map(classifyHost);
  if (classes.includes('local')) return 'local';
  if (classes.includes('staging')) return 'staging';
  return undefined;
}
