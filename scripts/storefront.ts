// Starts the demo storefront and prints its URL, for the self-test workflow and for trying smoke-test by hand.
import { startStorefront } from '../shared/demo/storefront.ts';

const storefront = await startStorefront({ checkoutDown: process.argv.includes('--checkout-down') });
console.log(storefront.url);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => storefront.close().then(() => process.exit(0)));
