// A 401/403 on a request that carried no credential at all has one likely fix: send one. Saying so beats
// "check the credentials" when there were none to check.
import { isSensitiveName } from '../../http/sensitive-names.ts';
import type { Failure } from '../../http/types.ts';

export function credentialHint(
  failure: Failure | undefined,
  status: number | undefined,
  sentHeaders: Record<string, string>,
  sentCookies: boolean,
): Failure | undefined {
  if (failure?.kind !== 'http' || (status !== 401 && status !== 403)) return failure;
  if (sentCookies || Object.keys(sentHeaders).some(isSensitiveName)) return failure;
  return {
    ...failure,
    hint: 'the route needs credentials and the step sent none: pass --auth-header "Authorization: Bearer <token>" (action input auth-header, from a secret), or add a login step that captures a token',
  };
}
