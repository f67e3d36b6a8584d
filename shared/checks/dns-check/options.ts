// Options of dns-check (launch-ready.yml section `dns`, CLI flags, action inputs).
// Kept free of transforms so the config's JSON Schema can be generated from it.
import { z } from 'zod';

export const RECORD_TYPE_VALUES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS'] as const;

export const recordSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .describe('"@" for the domain itself, a label such as www or api, or a full name ending in the domain.'),
    type: z.enum(RECORD_TYPE_VALUES).describe('Record type: A, AAAA, CNAME, MX, TXT, CAA or NS.'),
    value: z
      .string()
      .optional()
      .describe('The exact value, e.g. 203.0.113.10, shop.vercel-dns.com, "10 mx.example.com".'),
    contains: z
      .string()
      .optional()
      .describe('Text one of the values must contain (TXT: e.g. "include:_spf.google.com").'),
    matches: z.string().optional().describe('Regular expression one of the values must match.'),
  })
  .strict()
  .refine((r) => [r.value, r.contains, r.matches].filter((v) => v !== undefined).length <= 1, {
    message: 'a record takes at most one of value, contains, matches',
  });

export const emailSchema = z
  .object({
    sendsMail: z
      .boolean()
      .default(true)
      .describe('The domain sends mail (receipts, password resets): SPF, DMARC and DKIM are checked. Default true.'),
    dkimSelectors: z
      .array(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a DKIM selector is letters, digits, ".", "-" and "_"'))
      .default([])
      .describe('DKIM selectors your senders sign with (e.g. google, resend, s1); a missing key is high.'),
    receivesMail: z
      .boolean()
      .default(false)
      .describe('The domain receives mail (support@, replies): a missing MX record is medium. Default false.'),
  })
  .strict();

export const dnsOptionsSchema = z
  .object({
    domain: z.string().default('').describe('The domain to check, e.g. shop.example.com. Required.'),
    server: z
      .string()
      .default('')
      .describe(
        'DNS server for every lookup, as HOST[:PORT] (e.g. 1.1.1.1 or 127.0.0.1:5353). Default: the system resolvers.',
      ),
    records: z
      .array(recordSchema)
      .default([])
      .describe(
        'Records the domain should have, e.g. [{ name: "@", type: A, value: 203.0.113.10 }, { name: www, type: CNAME, value: shop.vercel-dns.com }].',
      ),
    expect: z
      .array(z.string())
      .default([])
      .describe('Expected records in short form "TYPE NAME VALUE", e.g. "A @ 203.0.113.10" (the --expect flag).'),
    email: emailSchema
      .default({ sendsMail: true, dkimSelectors: [], receivesMail: false })
      .describe('Mail authentication: whether the domain sends and receives mail, and its DKIM selectors.'),
    timeoutMs: z
      .number()
      .int()
      .positive('timeoutMs must be a positive number of milliseconds')
      .default(3_000)
      .describe('Deadline per DNS query try, in ms (2 tries). Default 3000.'),
  })
  .strict();

export type DnsOptions = z.infer<typeof dnsOptionsSchema>;
export type RecordExpectation = z.infer<typeof recordSchema>;
