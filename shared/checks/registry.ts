// Every check the CLI and the actions know. Definitions are light: each loads its implementation when run.
import { cacheAudit } from './cache-audit/index.ts';
import type { CheckDefinition } from './definition.ts';
import { dnsCheck } from './dns-check/index.ts';
import { envCheck } from './env-check/index.ts';
import { latencyBudget } from './latency-budget/index.ts';
import { monitor } from './monitor/index.ts';
import { rollback } from './rollback/index.ts';
import { secretScan } from './secret-scan/index.ts';
import { smokeTest } from './smoke-test/index.ts';
import { tlsCheck } from './tls-check/index.ts';

export const CHECKS: readonly CheckDefinition[] = [
  cacheAudit as CheckDefinition,
  envCheck as CheckDefinition,
  latencyBudget as CheckDefinition,
  monitor as CheckDefinition,
  rollback as CheckDefinition,
  secretScan as CheckDefinition,
  smokeTest as CheckDefinition,
  dnsCheck as CheckDefinition,
  tlsCheck as CheckDefinition,
];

export function findCheck(name: string): CheckDefinition | undefined {
  return CHECKS.find((check) => check.name === name);
}
