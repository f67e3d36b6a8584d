// SendGrid: GET /v3/scopes returns the scopes of the key that calls it, whatever its permissions; 401 and 403
// mean the key is not accepted.
import { bearer, byStatus, endpoint, type Provider } from './types.ts';

export const sendgrid: Provider = {
  name: 'SendGrid',
  rules: ['sendgrid-api-key'],
  defaultBaseUrl: 'https://api.sendgrid.com',
  envVar: 'LAUNCH_READY_VERIFY_SENDGRID_URL',
  request: ({ value }, base) => ({ url: endpoint(base, '/v3/scopes'), headers: bearer(value) }),
  classify: (result) => byStatus(result, [401, 403]),
};
