import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../shared/dns/registrable-domain.ts';

describe('registrableDomain', () => {
  it('is the eTLD+1, counting the private section of the list', () => {
    expect(registrableDomain('cdn.shop.example.com')).toBe('example.com');
    expect(registrableDomain('www.shop.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('example.github.io')).toBe('example.github.io');
    expect(registrableDomain('mail.myapp.herokuapp.com')).toBe('myapp.herokuapp.com');
    expect(registrableDomain('CDN.Example.COM.')).toBe('example.com');
  });

  it('is undefined for IP addresses, single labels and public suffixes', () => {
    for (const host of ['github.io', 'co.uk', '127.0.0.1', '[::1]', 'localhost']) {
      expect(registrableDomain(host), host).toBeUndefined();
    }
  });
});
