// secretlint's recommended preset through its library API: slower than our detector (~40 MB/s, async),
// the reference our own rules must match (the corpus test asserts recall parity with it).
import type { SecretMatch } from '../../../../shared/checks/secret-scan/types.ts';

const BLOCKER_RULES = new Set(['aws', 'gcp', 'privatekey', 'stripe', 'shopify']);

/** Runs secretlint's recommended preset on one text and maps its messages to SecretMatch (`secretlint/<rule>`). */
export async function detectWithSecretlint(text: string, path: string): Promise<SecretMatch[]> {
  const [{ lintSource }, { creator }] = await Promise.all([
    import('@secretlint/core'),
    import('@secretlint/secretlint-rule-preset-recommend'),
  ]);
  const result = await lintSource({
    source: { content: text, filePath: path, contentType: 'text' },
    options: {
      config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] },
      noPhysicFilePath: true,
      maskSecrets: true,
    },
  });
  return result.messages.map((message) => {
    const rule = message.ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
    return {
      ruleId: `secretlint/${rule}`,
      // secretlint's message quotes the secret: never reuse it.
      title: `Secret (secretlint ${rule})`,
      severity: BLOCKER_RULES.has(rule) ? 'blocker' : 'high',
      line: message.loc.start.line,
      column: message.loc.start.column + 1,
      value: text.slice(message.range[0], message.range[1]),
    };
  });
}
