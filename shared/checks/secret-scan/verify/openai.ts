// OpenAI: GET /v1/models lists models for any working key; 401 means an invalid or revoked key. A 403 (a region
// the API refuses, or a restricted key) says nothing certain, so it stays unknown.
import { bearer, byStatus, endpoint, type Provider } from './types.ts';

export const openai: Provider = {
  name: 'OpenAI',
  rules: ['openai-api-key'],
  defaultBaseUrl: 'https://api.openai.com',
  envVar: 'LAUNCH_READY_VERIFY_OPENAI_URL',
  request: ({ value }, base) => ({ url: endpoint(base, '/v1/models'), headers: bearer(value) }),
  classify: (result) => byStatus(result),
};
