// dns-check: the domain resolves where it should (A/AAAA/CNAME/MX/TXT/CAA/NS), no dangling or apex CNAME, and
// mail is authenticated (SPF, DMARC, DKIM). Light on purpose: the resolver loads only when the check runs.
import type { CheckDefinition } from '../definition.ts';
import { type DnsOptions, dnsOptionsSchema } from './options.ts';
import { dnsOutputs, presentDns } from './present.ts';

export type { DnsDetails } from './details.ts';
export type { DnsOptions } from './options.ts';
export { dnsOptionsSchema } from './options.ts';

export const dnsCheck: CheckDefinition<DnsOptions> = {
  name: 'dns-check',
  description: 'Check DNS records point where they should and that SPF, DKIM and DMARC let your mail reach inboxes.',
  configSection: 'dns',
  schema: dnsOptionsSchema,
  params: [
    { name: 'domain', key: 'domain', type: 'string', description: 'The domain to check, e.g. shop.example.com.' },
    {
      name: 'dns-server',
      key: 'server',
      type: 'string',
      description:
        'DNS server for every lookup (SPF evaluation included), as HOST[:PORT], e.g. 1.1.1.1. Default: the system resolvers.',
    },
    {
      name: 'expect',
      key: 'expect',
      type: 'lines',
      description:
        'Expected records, one per line as "TYPE NAME VALUE", e.g. "A @ 203.0.113.10" or "CNAME www shop.vercel-dns.com".',
    },
    {
      name: 'dkim-selector',
      key: 'email.dkimSelectors',
      type: 'list',
      description:
        'DKIM selectors your mail is signed with, e.g. google,resend (a missing key is high). Common ones are tried anyway.',
    },
    {
      name: 'sends-mail',
      key: 'email.sendsMail',
      type: 'boolean',
      description: 'true or false: the domain sends mail, so SPF, DMARC and DKIM are checked.',
    },
    {
      name: 'receives-mail',
      key: 'email.receivesMail',
      type: 'boolean',
      description: 'true or false: the domain receives mail, so a missing MX record is medium.',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline per DNS query try in ms, 2 tries.',
    },
  ],
  async run(options, context) {
    const { runDns } = await import('./run.ts');
    return runDns(options, context);
  },
  present: presentDns,
  outputs: dnsOutputs,
};

export default dnsCheck;
