// The demo storefront wired to a real test inbox (SMTP in, MailDev-style REST out), as the flow tests need it:
// `world()` starts both, and the afterEach it registers closes everything the test started.
import { afterEach } from 'vitest';
import { type Mailbox, startMailbox } from '../../shared/demo/mailbox.ts';
import { type StorefrontFaults, startStorefront } from '../../shared/demo/storefront.ts';

/** One `world(faults)` per test file, signing webhooks with `webhookSecret`; closed after each test. */
export function flowWorld(
  webhookSecret: string,
): (faults?: StorefrontFaults) => Promise<{ shop: string; mailbox: Mailbox }> {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return async (faults = {}) => {
    const mailbox = await startMailbox();
    const shop = await startStorefront(faults, { smtp: mailbox.smtp, webhookSecret });
    closers.push(
      () => shop.close(),
      () => mailbox.close(),
    );
    return { shop: shop.url, mailbox };
  };
}
