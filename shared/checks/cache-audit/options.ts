// Options of the cache audit (launch-ready.yml section `cache`, CLI flags, action inputs).
// Kept free of transforms so the config's JSON Schema can be generated from it.
import { z } from 'zod';

export const KINDS = ['revved', 'static', 'page', 'api', 'private'] as const;
export type Kind = (typeof KINDS)[number];

/** A host name (cdn.example.net, 127.0.0.1) or a wildcard over the hosts under a domain (*.example.net). */
const ASSET_HOST = /^(\*\.)?[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?$/i;

const assetHost = z
  .string()
  .max(253, 'an asset host name is at most 253 characters')
  .regex(ASSET_HOST, {
    error: (issue) =>
      `"${String(issue.input).slice(0, 60)}" is not a host name: give it as cdn.example.net or *.example.net (no scheme, port or path)`,
  });

export const cacheOptionsSchema = z
  .object({
    baseUrl: z.string().default('').describe('The deployed site, e.g. https://shop.example.com. Required.'),
    paths: z
      .array(z.string())
      .default(['/'])
      .describe(
        'Pages to audit, e.g. [/, /login, /checkout]; the assets their HTML loads are audited too. Default [/].',
      ),
    privatePaths: z
      .array(z.string())
      .default([])
      .describe(
        'Routes that belong to one signed-in customer, e.g. [/account, /api/orders]: requested with authHeader/cookie, and checked that no shared cache keeps them.',
      ),
    authHeader: z
      .string()
      .default('')
      .describe('"Name: value" header sent to privatePaths only, e.g. "Authorization: Bearer …". A secret.'),
    cookie: z
      .string()
      .default('')
      .describe('Cookie header value sent to privatePaths only, e.g. "session=…". A secret.'),
    noCrawl: z
      .boolean()
      .default(false)
      .describe(
        'Audit only the pages named: do not fetch the scripts, styles, images and fonts they load. Default false.',
      ),
    assetHosts: z
      .array(assetHost)
      .default([])
      .describe(
        "Hosts on another site that serve your assets, e.g. [d1234abcd.cloudfront.net, '*.myshop-cdn.net'] (`*.` = any host under that domain): the assets pages load from them are audited too, without credentials. Assets on the base URL's own site (any subdomain or port, e.g. cdn.shop.example.com) always are; other hosts (fonts, payment, analytics) never. Default [].",
      ),
    maxUrls: z
      .number()
      .int()
      .min(1, 'maxUrls must be 1 or more')
      .max(1000, 'maxUrls must be 1000 or fewer')
      .default(50)
      .describe('At most this many requests in all (pages, assets and probes). Default 50.'),
    timeoutMs: z
      .number()
      .int()
      .positive('timeoutMs must be a positive number of milliseconds')
      .default(10_000)
      .describe('Deadline per request in ms (connect, headers and body). Default 10000.'),
    kinds: z
      .record(z.string(), z.enum(KINDS))
      .default({})
      .describe(
        'Override the kind decided automatically, by path glob: { "/static/**": revved, "/api/cart": private }. Kinds: revved (fingerprinted asset), static, page, api, private.',
      ),
  })
  .strict();

export type CacheOptions = z.infer<typeof cacheOptionsSchema>;
