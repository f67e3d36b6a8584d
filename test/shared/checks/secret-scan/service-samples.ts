// Samples for the service tables (rules/services.ts and services-more.ts): each row's key generated from its own
// format with a seeded generator, so a failing sample is the same on every run.
import RandExp from 'randexp';
import { SERVICE_ROWS } from '../../../../shared/checks/secret-scan/rules/services.ts';
import { SERVICE_MORE_ROWS } from '../../../../shared/checks/secret-scan/rules/services-more.ts';

/** A small deterministic generator (mulberry32), so a failing sample is the same on every run. */
function seeded(seed: number): (from: number, to: number) => number {
  let state = seed >>> 0;
  return (from, to) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return from + Math.floor(unit * (to - from + 1));
  };
}

const randInt = seeded(20261129);
const sample = (format: string) => {
  const generator = new RandExp(`^(?:${format})$`);
  generator.randInt = randInt;
  return generator.gen();
};

/** Rows whose rule validates more than the format: sampled in the shape it checks. */
const SAMPLES: Record<string, () => string> = {
  // base64 of `<26 alnum>:<UUID>`, not any 84 characters.
  'ngc-api-key': () =>
    Buffer.from(
      `${sample('[A-Za-z0-9]{26}')}:${sample('[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}')}`,
    )
      .toString('base64')
      .replace(/=+$/, ''),
  // A secret with a non-hex letter: a 32-hex value beside `mixpanel` is the public project token.
  'mixpanel-service-account-secret': () => `${sample('[A-Za-z0-9]{31}')}Z`,
};

export const TABLE = [...SERVICE_ROWS, ...SERVICE_MORE_ROWS];
export const ROWS = TABLE.map(([id, , names, format, , extra]) => ({
  id,
  // A row with its own pattern (`assignedOrLabelled`): the name must label the value, not merely precede it.
  labelled: extra?.pattern !== undefined,
  name: typeof names === 'string' ? names : names[0],
  value: SAMPLES[id]?.() ?? sample(format),
  // A length range (the parts of a JWT) or a choice of lengths (`32|16`) has no single wrong length to try.
  fixedLength: !/\{\d+,\d+\}|\|/.test(format),
}));
