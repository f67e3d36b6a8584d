// tls-check: the certificate is trusted, covers the host and will not lapse; HTTP redirects to HTTPS properly;
// HSTS is on. Light on purpose: tls and the probe load only when the check runs.
import type { CheckDefinition } from '../definition.ts';
import { type TlsOptions, tlsOptionsSchema } from './options.ts';
import { presentTls, tlsOutputs } from './present.ts';

export type { TlsDetails } from './details.ts';
export type { TlsOptions } from './options.ts';
export { tlsOptionsSchema } from './options.ts';

export const tlsCheck: CheckDefinition<TlsOptions> = {
  name: 'tls-check',
  description: 'Check the TLS certificate is trusted and not about to lapse, HTTP redirects to HTTPS, and HSTS is on.',
  configSection: 'tls',
  schema: tlsOptionsSchema,
  params: [
    { name: 'url', key: 'url', type: 'string', description: 'The HTTPS site to check, e.g. https://shop.example.com.' },
    {
      name: 'http-url',
      key: 'httpUrl',
      type: 'string',
      description:
        'Plain-HTTP address that must redirect to HTTPS. Default: http://<host of url>/ when url has no port.',
    },
    {
      name: 'canonical',
      key: 'canonical',
      type: 'string',
      description: 'Origin redirects must end at, e.g. https://www.shop.example.com. Default: the origin of url.',
    },
    {
      name: 'dns-server',
      key: 'dnsServer',
      type: 'string',
      description: 'DNS server for every connection, as HOST[:PORT], e.g. 1.1.1.1. Default: the system resolver.',
    },
    {
      name: 'ca-file',
      key: 'caFile',
      type: 'string',
      description: 'PEM file of extra trusted root certificates (e.g. a staging CA), added to the default roots.',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline per connection or request in ms.',
    },
  ],
  async run(options, context) {
    const { runTls } = await import('./run.ts');
    return runTls(options, context);
  },
  present: presentTls,
  outputs: tlsOutputs,
};

export default tlsCheck;
