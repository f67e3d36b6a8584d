// RFC 6761 §6.4: names under `.invalid` never resolve, and "name resolution APIs SHOULD … immediately return
// a negative response". glibc's getaddrinfo still asks the configured nameserver, so a probe of
// https://shop.invalid would send the name off the machine: answer it here instead.
import { lookup as systemLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

export function isReservedInvalid(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'invalid' || name.endsWith('.invalid');
}

/** Wraps a lookup so `.invalid` names fail at once with ENOTFOUND, as a missing DNS record would. */
export function guardReservedNames(lookup: LookupFunction = systemLookup as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    if (!isReservedInvalid(hostname)) {
      lookup(hostname, options, callback);
      return;
    }
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
      code: 'ENOTFOUND',
      errno: -3008,
      syscall: 'getaddrinfo',
      hostname,
    });
    process.nextTick(() => callback(error, '', 4));
  };
}
