// Options of tls-check (launch-ready.yml section `tls`, CLI flags, action inputs).
import { z } from 'zod';

export const tlsOptionsSchema = z
  .object({
    url: z.string().default('').describe('The HTTPS site, e.g. https://shop.example.com. Required.'),
    httpUrl: z
      .string()
      .default('')
      .describe(
        'The plain-HTTP address that must redirect to HTTPS. Default: http://<host of url>/ when url has no port.',
      ),
    canonical: z
      .string()
      .default('')
      .describe('The origin redirects must end at, e.g. https://www.shop.example.com. Default: the origin of url.'),
    dnsServer: z
      .string()
      .default('')
      .describe('DNS server for every connection, as HOST[:PORT] (e.g. 127.0.0.1:5353). Default: the system resolver.'),
    caFile: z
      .string()
      .default('')
      .describe('PEM file of extra trusted root certificates (a staging CA), added to the default roots.'),
    timeoutMs: z
      .number()
      .int()
      .positive('timeoutMs must be a positive number of milliseconds')
      .default(10_000)
      .describe('Deadline per connection or request in ms. Default 10000.'),
  })
  .strict();

export type TlsOptions = z.infer<typeof tlsOptionsSchema>;
