import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** Polls until `check` returns something (a bounded wait for work after the commit). */
async function until<T>(check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every action of the page is at least 44 × 44 px and nothing is wider than the phone. */
async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.k-webhooks button, .k-webhooks a.k-btn'))
      .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ text, box }) => `${text} ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
}

describe('webhook admin pages, on a 360 px phone and by keyboard', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let receiver: http.Server;
  let url: string;
  const received: Received[] = [];
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kindling-${stamp}`;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => receiver?.close(resolve).closeAllConnections());
  });

  it('adds an endpoint with its secret shown once, shows the delivery log, redelivers, turns it off and on, rotates and deletes', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Search people by name').fill('Joost');
    await page.getByRole('button', { name: /^Sign in as Joost Hoekstra/ }).click();
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await fitsThePhone(page);

    // by keyboard: the URL, Tab past the description to the events, Space toggles one, Enter submits
    await page.getByLabel('URL').focus();
    await page.keyboard.type(url);
    await page.keyboard.press('Tab'); // description
    await page.keyboard.type('Browser test');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // idea.posted … comment.created
    await page.keyboard.press('Space'); // comment.created on
    await page.getByLabel('URL').press('Enter');
    const secretField = page.getByTestId('webhook-secret');
    await secretField.waitFor();
    await page.getByText('it will not be shown again').waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await fitsThePhone(page);
    await screenshot(page, 'webhooks-created-phone');
    expect({ page: 'webhooks-created', violations: await seriousA11yViolations(page) }).toEqual({ page: 'webhooks-created', violations: [] });

    await page.getByRole('button', { name: 'Done' }).click();
    const item = page.getByTestId('webhook-endpoint').filter({ hasText: url });
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(/On.*Browser test.*idea\.posted.*idea\.status_changed.*comment\.created/);
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'webhooks-list-phone');
    expect({ page: 'webhooks-list', violations: await seriousA11yViolations(page) }).toEqual({ page: 'webhooks-list', violations: [] });

    // an event arrives, signed; the log shows it and redelivers it under the same webhook-id
    const title = `Webhook test idea ${stamp}`;
    await gql(page, `mutation($i: PostIdeaInput!) { postIdea(input: $i) { idea { id } } }`, { i: { title, body: 'From the browser test' } });
    // other browser tests may post too: this test's own event is the one with its title. The job queue may
    // still be working through the demo organisation's events when this server has just started.
    const mine = () => received.filter((r) => r.body.includes(title));
    const first = await until(() => mine()[0], 120_000);
    expect((new Webhook(secret).verify(first.body, first.headers) as { data: { idea: { title: string } } }).data.idea.title).toBe(title);

    await item.getByRole('link', { name: `Delivery log of ${url}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Delivery log' }).waitFor();
    const delivery = page.getByTestId('webhook-delivery').filter({ hasText: first.headers['webhook-id'] });
    await expect(delivery.textContent()).resolves.toMatch(/idea\.posted.*Delivered.*Response204.*Attempts1/);
    await fitsThePhone(page);
    await screenshot(page, 'webhooks-log-phone');
    expect({ page: 'webhooks-log', violations: await seriousA11yViolations(page) }).toEqual({ page: 'webhooks-log', violations: [] });
    await delivery.getByRole('button', { name: /^Redeliver idea\.posted of / }).click();
    await delivery.getByText('Queued again.').waitFor();
    const again = await until(() => mine()[1]);
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(() => new Webhook(secret).verify(again.body, again.headers)).not.toThrow();

    // Dutch
    await page.getByRole('button', { name: 'NL Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bezorglog' }).waitFor();
    await screenshot(page, 'webhooks-log-nl-phone');
    await page.getByRole('link', { name: 'Alle webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'EN English' }).click();

    // off and on
    await item.getByRole('button', { name: `Turn off ${url}` }).click();
    await item.locator('.k-badge--ended', { hasText: 'Off' }).waitFor();
    await item.getByRole('button', { name: `Turn on ${url}` }).click();
    await item.locator('.k-badge', { hasText: 'On' }).waitFor();

    // rotate: a new secret, once, while the old one keeps signing for the overlap
    await item.getByRole('button', { name: `Rotate secret of ${url}` }).click();
    await page.getByLabel('The old secret keeps signing for').selectOption({ label: '1 hour' });
    await page.getByRole('button', { name: 'Make a new secret' }).click();
    await page.getByText(/The old secret keeps signing until/).waitFor();
    const rotated = await page.getByTestId('webhook-secret').inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await screenshot(page, 'webhooks-rotated-phone');
    await page.getByRole('button', { name: 'Done' }).click();

    // delete: asks first
    await item.getByRole('button', { name: `Delete ${url}` }).click();
    await item.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('button', { name: `Delete ${url}` }).click();
    await page.keyboard.press('Enter'); // the confirmation has the focus
    await page.getByTestId('webhook-endpoint').filter({ hasText: url }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 240_000);

  it('is not there for members', async () => {
    const member = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
    const { page: memberPage } = await openPage(member);
    await memberPage.goto(`${baseUrl()}/`);
    await memberPage.getByLabel('Search people by name').fill('Lotte');
    await memberPage.getByRole('button', { name: /^Sign in as Lotte Jansen/ }).click();
    await memberPage.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await memberPage.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await memberPage.goto(`${baseUrl()}/admin/webhooks`);
    await memberPage.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    await member.close();
  });
});
