// The one rule for "this name carries a credential": header names (not sent to another origin on a redirect,
// values registered as secrets) and body field names (values registered as secrets).

const SENSITIVE_NAME = /authorization|cookie|token|secret|passw(or)?d|api[-_]?key|session|credential|signature/i;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}
