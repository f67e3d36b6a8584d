import { describe, expect, it } from 'vitest';
import { duration } from '../../../../shared/checks/monitor/incident.ts';

describe('incident downtime', () => {
  it('states how long a site was down in the largest units that read naturally', () => {
    expect(duration(42_000)).toBe('42 s');
    expect(duration(25 * 60_000)).toBe('25 min');
    expect(duration(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
    expect(duration(50 * 3_600_000)).toBe('2 d 2 h');
  });

  it('says the length is unknown when the incident has no start time, never "NaN"', () => {
    expect(duration(Date.now() - Date.parse(''))).toBe('an unknown time');
  });
});
