// cache-audit: no customer's page in a shared cache, fingerprinted assets cached for a year, HTML fresh after a
// deploy, text compressed. Light on purpose (zod and types): the probe and the judging load only when it runs.
import type { CheckDefinition } from '../definition.ts';
import { type CacheOptions, cacheOptionsSchema } from './options.ts';
import { cacheOutputs, presentCache } from './present.ts';

export type { CacheDetails, LeakProbe, UrlAudit } from './details.ts';
export type { CacheOptions } from './options.ts';
export { cacheOptionsSchema } from './options.ts';

export const cacheAudit: CheckDefinition<CacheOptions> = {
  name: 'cache-audit',
  description:
    "Check that no CDN may serve one customer's page to another, assets are cached long, HTML stays fresh, text is compressed.",
  configSection: 'cache',
  schema: cacheOptionsSchema,
  params: [
    {
      name: 'base-url',
      key: 'baseUrl',
      type: 'string',
      description:
        'The deployed site to audit, e.g. https://shop.example.com (often the URL output of the deploy step). Required.',
    },
    {
      name: 'paths',
      key: 'paths',
      type: 'list',
      description:
        "Pages to audit, comma-separated, e.g. /,/login,/checkout. The scripts, styles, images, icons and fonts their HTML loads from the same site (the base URL's host, its subdomains such as cdn.shop.example.com, any port) or from asset-hosts are audited too.",
    },
    {
      name: 'private-paths',
      key: 'privatePaths',
      type: 'list',
      description:
        'Routes that belong to one signed-in customer, comma-separated, e.g. /account,/api/orders. Only they get the credentials; a shared cache that may store them, or serves them to a visitor without credentials, is a blocker.',
    },
    {
      name: 'auth-header',
      key: 'authHeader',
      type: 'string',
      description:
        'Credentials for the private paths as "Name: value", e.g. "Authorization: Bearer <token>" from a repository secret. A secret: masked, never printed, sent only to the private paths on the base URL.',
    },
    {
      name: 'cookie',
      key: 'cookie',
      type: 'string',
      description:
        'Session cookie for the private paths as "name=value" (several: "a=1; b=2"), from a repository secret. A secret: masked, never printed, sent only to the private paths on the base URL.',
    },
    {
      name: 'no-crawl',
      key: 'noCrawl',
      type: 'boolean',
      description: 'true: audit only the pages named, not the assets their HTML loads.',
    },
    {
      name: 'asset-hosts',
      key: 'assetHosts',
      type: 'list',
      description:
        "Hosts on another site that serve your assets, comma-separated, e.g. d1234abcd.cloudfront.net,*.myshop-cdn.net (*. = any host under that domain): the assets pages load from them are audited too, never with credentials. The base URL's own site (subdomains, other ports) needs no entry; third parties (fonts, payment, analytics) stay unaudited.",
    },
    {
      name: 'max-urls',
      key: 'maxUrls',
      type: 'number',
      description: 'At most this many requests in all: pages, assets and leak probes.',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline per request in milliseconds, covering connect, headers and body.',
    },
  ],
  async run(options, context) {
    const { runCacheAudit } = await import('./run.ts');
    return runCacheAudit(options, context);
  },
  present: presentCache,
  outputs: cacheOutputs,
};

export default cacheAudit;
