import { loadConfig } from '../src/config';
import { startTestApp, type TestApp } from './test-app';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('forbid framing, sniffing, foreign scripts and referrers, and do not name the server', async () => {
    const response = await t.client().request(`{ __typename }`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull(); // plain http: HSTS would lock users out
  });
});

describe('security headers with an allowed framer (the intranet widget)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ KINDLING_FRAME_ANCESTORS: 'https://intranet.example.com' })));
  afterAll(() => t.close());

  it('let only that origin frame the app', async () => {
    const response = await t.client().request(`{ __typename }`);
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors https://intranet.example.com');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('refuse to start with anything but origins (a wildcard would let any site frame it)', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y', KINDLING_FRAME_ANCESTORS: '*' })).toThrow('KINDLING_FRAME_ANCESTORS must list origins');
  });
});
