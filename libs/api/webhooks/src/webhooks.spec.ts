import { Webhook } from 'standardwebhooks';
import { isBlockedAddress, parseEndpointUrl } from './ssrf-guard';
import { newSecret, sign } from './webhook-sender';
import { DEFAULT_WEBHOOK_SETTINGS, MAX_ATTEMPTS, RETRY_SCHEDULE_SECONDS, retryDelaySeconds } from './webhooks.settings';

describe('the SSRF guard', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
    '255.255.255.255', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-address',
  ])('blocks %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2a00:1450:4001::1', '::ffff:8.8.8.8'])('lets %s through', (address) =>
    expect(isBlockedAddress(address)).toBe(false),
  );

  it('accepts only absolute http(s) URLs without credentials, at most 2,000 characters', () => {
    expect(parseEndpointUrl('https://intranet.example.com/hooks?x=1')?.hostname).toBe('intranet.example.com');
    for (const bad of ['ftp://example.com/', 'javascript:alert(1)', '/relative', 'https://user:pw@example.com/', `https://example.com/${'x'.repeat(2000)}`]) {
      expect(parseEndpointUrl(bad)).toBeNull();
    }
  });
});

describe('signatures', () => {
  it('are what the standardwebhooks library verifies', () => {
    const secret = newSecret();
    const body = JSON.stringify({ type: 'idea.posted', timestamp: new Date().toISOString(), data: {} });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1_0', 'webhook-timestamp': String(timestamp), 'webhook-signature': sign(secret, 'msg_1_0', timestamp, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });
});

describe('the retry schedule', () => {
  it('spans about three days in ten attempts, each wait jittered by at most 20 %', () => {
    expect(MAX_ATTEMPTS).toBe(10);
    const total = RETRY_SCHEDULE_SECONDS.reduce((a, b) => a + b, 0);
    expect(total / 3600).toBeGreaterThan(70);
    expect(total / 3600).toBeLessThan(80);
    expect(retryDelaySeconds(1, DEFAULT_WEBHOOK_SETTINGS, () => 0)).toBe(4);
    expect(retryDelaySeconds(2, DEFAULT_WEBHOOK_SETTINGS, () => 1)).toBe(360);
    expect(retryDelaySeconds(MAX_ATTEMPTS, DEFAULT_WEBHOOK_SETTINGS)).toBeNull();
    expect(retryDelaySeconds(5, { allowPrivate: true, retryDelaySeconds: 1 }, () => 0.5)).toBe(1);
  });
});
