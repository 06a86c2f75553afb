import { ConfigError, isLoopback, loadConfig } from '../src/config';

const EMBEDDED = {}; // no DATABASE_URL: the embedded demo database
const EXTERNAL = { DATABASE_URL: 'postgres://kindling@db/kindling' };

describe('settings', () => {
  it('listen on loopback by default, with dev sign-in on for the embedded demo and off for a database of your own', () => {
    expect(loadConfig(EMBEDDED)).toMatchObject({ host: '127.0.0.1', devSignIn: true, devSignInExposed: false });
    expect(loadConfig(EXTERNAL)).toMatchObject({ host: '127.0.0.1', devSignIn: false, devSignInExposed: false });
  });

  it('keep sessions 7 days idle and 30 days at most, trust no proxy and mark cookies Secure only over HTTPS, unless set', () => {
    expect(loadConfig(EMBEDDED)).toMatchObject({ sessions: { idleHours: 168, maxDays: 30 }, trustProxy: false, secureCookies: false });
    expect(loadConfig({ KINDLING_SESSION_IDLE_HOURS: '12', KINDLING_SESSION_MAX_DAYS: '7', KINDLING_TRUST_PROXY: '1', KINDLING_SECURE_COOKIES: 'true' })).toMatchObject({
      sessions: { idleHours: 12, maxDays: 7 },
      trustProxy: 1,
      secureCookies: true,
    });
    expect(loadConfig({ KINDLING_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({ KINDLING_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ KINDLING_SESSION_MAX_DAYS: '0' })).toThrow(new ConfigError('KINDLING_SESSION_MAX_DAYS must be a number of days (1–365), got "0".'));
    expect(() => loadConfig({ KINDLING_SESSION_IDLE_HOURS: 'soon' })).toThrow(ConfigError);
  });

  it('promise a first response within 14 days and keep a review claim 24 hours, unless set', () => {
    expect(loadConfig(EMBEDDED).review).toEqual({ responseDays: 14, claimHours: 24 });
    expect(loadConfig({ KINDLING_RESPONSE_DAYS: '5', KINDLING_CLAIM_HOURS: '2' }).review).toEqual({ responseDays: 5, claimHours: 2 });
    expect(() => loadConfig({ KINDLING_RESPONSE_DAYS: '0' })).toThrow(new ConfigError('KINDLING_RESPONSE_DAYS must be a number of days (1–365), got "0".'));
    expect(() => loadConfig({ KINDLING_CLAIM_HOURS: 'a day' })).toThrow(new ConfigError('KINDLING_CLAIM_HOURS must be a number of hours (1–720), got "a day".'));
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.5', 'kindling.example.com'])('refuse dev sign-in on by default with HOST=%s, saying what to set', (host) => {
    expect(() => loadConfig({ ...EMBEDDED, HOST: host })).toThrow(ConfigError);
    expect(() => loadConfig({ ...EMBEDDED, HOST: host })).toThrow(/KINDLING_DEV_SIGN_IN=true/);
    expect(() => loadConfig({ ...EXTERNAL, HOST: host, KINDLING_DEV_SIGN_IN: 'on' })).not.toThrow();
  });

  it('allow a reachable host with dev sign-in off, or on when asked for explicitly (then it is exposed)', () => {
    expect(loadConfig({ ...EXTERNAL, HOST: '0.0.0.0' })).toMatchObject({ devSignIn: false, devSignInExposed: false });
    expect(loadConfig({ ...EMBEDDED, HOST: '0.0.0.0', KINDLING_DEV_SIGN_IN: 'false' })).toMatchObject({ devSignIn: false, devSignInExposed: false });
    expect(loadConfig({ ...EMBEDDED, HOST: '0.0.0.0', KINDLING_DEV_SIGN_IN: 'true' })).toMatchObject({ devSignIn: true, devSignInExposed: true });
  });

  it('count only this machine’s addresses as loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', 'localhost']) expect({ host, loopback: isLoopback(host) }).toEqual({ host, loopback: true });
    for (const host of ['0.0.0.0', '::', '192.168.0.1', '128.0.0.1', 'example.com', '']) expect({ host, loopback: isLoopback(host) }).toEqual({ host, loopback: false });
  });
});
