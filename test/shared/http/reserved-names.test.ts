import type { LookupFunction } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createProbe, type Probe } from '../../../shared/http/probe.ts';
import { guardReservedNames, isReservedInvalid } from '../../../shared/http/reserved-names.ts';

/** A lookup that records every name it is asked for and answers 127.0.0.1: nothing asked may be `.invalid`. */
function recordingLookup(asked: string[]): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    asked.push(hostname);
    if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  }) as LookupFunction;
}

const probes: Probe[] = [];
afterEach(async () => {
  await Promise.all(probes.splice(0).map((p) => p.close()));
});

describe('.invalid names (RFC 6761)', () => {
  it('recognises the reserved top-level domain, and only it', () => {
    expect(isReservedInvalid('shop.invalid')).toBe(true);
    expect(isReservedInvalid('Shop.Example.INVALID.')).toBe(true);
    expect(isReservedInvalid('invalid')).toBe(true);
    expect(isReservedInvalid('invalid.example.com')).toBe(false);
    expect(isReservedInvalid('shop.invalidated.com')).toBe(false);
  });

  it('fails a .invalid lookup with ENOTFOUND without asking the resolver', async () => {
    const asked: string[] = [];
    const lookup = guardReservedNames(recordingLookup(asked));
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      lookup('shop.launch-ready.invalid', {}, (err) => resolve(err)),
    );
    expect(error?.code).toBe('ENOTFOUND');
    expect(asked).toEqual([]);
  });

  it('the probe reports a .invalid host as dns without the name reaching the lookup', async () => {
    const asked: string[] = [];
    const probe = createProbe({ timeoutMs: 1_000, lookup: recordingLookup(asked) });
    probes.push(probe);
    const result = await probe.request({ url: 'https://shop.launch-ready.invalid/checkout' });
    expect(result.failure).toMatchObject({ kind: 'dns', code: 'ENOTFOUND' });
    expect(asked).toEqual([]);
  });
});
