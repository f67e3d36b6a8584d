import { rotate, type SecretRule } from './types.ts';

export const AI_RULES: readonly SecretRule[] = [
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    severity: 'high',
    keywords: ['sk-ant-'],
    pattern: /(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{80,130})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(14),
    remediation: rotate('console.anthropic.com > Settings > API keys: delete the key'),
  },
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    severity: 'high',
    keywords: ['sk-'],
    pattern:
      /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,200}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    body: (value) => value.replace(/^sk-(?:proj-|svcacct-|admin-|None-)?/, ''),
    minEntropy: 3.5,
    remediation: rotate('platform.openai.com/api-keys: revoke the key'),
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    severity: 'high',
    keywords: ['hf_', 'api_org_'],
    pattern: /(?<![A-Za-z0-9_])((?:hf_|api_org_)[A-Za-z0-9]{34})(?![A-Za-z0-9])/,
    remediation: rotate('huggingface.co/settings/tokens: invalidate the token'),
  },
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    severity: 'high',
    keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9])/,
    remediation: rotate('console.groq.com/keys: delete the key'),
  },
  {
    id: 'xai-api-key',
    title: 'xAI API key',
    severity: 'high',
    keywords: ['xai-'],
    pattern: /(?<![A-Za-z0-9_-])(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9])/,
    remediation: rotate('console.x.ai > API keys: delete the key'),
  },
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    severity: 'high',
    keywords: ['r8_'],
    pattern: /(?<![A-Za-z0-9_])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9])/,
    remediation: rotate('replicate.com/account/api-tokens: disable the token'),
  },
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    severity: 'high',
    keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9])/,
    remediation: rotate('perplexity.ai > Settings > API: revoke the key'),
  },
];
