import { describe, expect, it } from 'vitest';
import { Redactor, redactValue } from '../../../shared/report/redact.ts';

describe('redaction', () => {
  it('keeps only a recognisable prefix and the length', () => {
    expect(redactValue('ghp_0123456789abcdefghijklmnopqrstuvwxyz')).toBe('ghp_…(40)');
    expect(redactValue('short12')).toBe('…(7)');
  });

  it('scrubs every registered value from text and nested data, longest first', () => {
    const masked: string[] = [];
    const redactor = new Redactor((v) => masked.push(v));
    redactor.add('hunter2hunter2');
    redactor.add('hunter2hunter2-and-more');
    redactor.add('abcde'); // too short to be a credential, and scrubbing it would mangle text
    expect(redactor.scrub('a hunter2hunter2-and-more b hunter2hunter2 c abcde')).toBe(
      'a hunt…(23) b hunt…(14) c abcde',
    );
    expect(redactor.scrubDeep({ list: ['x hunter2hunter2'], n: 1, key: { hunter2hunter2: true } })).toEqual({
      list: ['x hunt…(14)'],
      n: 1,
      key: { 'hunt…(14)': true },
    });
    expect(masked).toEqual(['hunter2hunter2', 'hunter2hunter2-and-more']);
  });

  it('treats values with regex characters literally', () => {
    const redactor = new Redactor();
    redactor.add('p@ss.w*rd+(1)');
    expect(redactor.scrub('pw=p@ss.w*rd+(1); pXss')).toBe('pw=p@ss…(13); pXss');
  });
});
