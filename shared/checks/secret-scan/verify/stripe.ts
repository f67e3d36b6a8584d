// Stripe: GET /v1/account with the key as a bearer token; 401 means no valid key, 403 a working restricted key
// without permission for this endpoint (Stripe's documented status meanings).
import { bearer, byStatus, endpoint, type Provider } from './types.ts';

export const stripe: Provider = {
  name: 'Stripe',
  rules: ['stripe-live-secret-key', 'stripe-restricted-key'],
  defaultBaseUrl: 'https://api.stripe.com',
  envVar: 'LAUNCH_READY_VERIFY_STRIPE_URL',
  request: ({ value }, base) => ({ url: endpoint(base, '/v1/account'), headers: bearer(value) }),
  classify: (result) => (result.status === 403 ? 'live' : byStatus(result)),
};
