import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch, openPage, screenshot, seriousA11yViolations } from './support';

/** What a script holding `token` gets from the API. */
async function asScript(token: string): Promise<{ status: number; body: { data?: { viewer: { name: string } }; errors?: { extensions: { reason: string } }[] } }> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { name } }' }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('API tokens in the browser, on a 360 px phone and by keyboard', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const name = `Intranet widget ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a token shown once, lists it, revokes it after confirming, and signs out everywhere', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Search people by name').fill('Sanne');
    await page.getByRole('button', { name: /^Sign in as Sanne de Vries/ }).click();
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // create, by keyboard: name, then Tab to the permissions and the expiry, Enter submits
    await page.getByLabel('Name').focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab'); // Read (checked)
    await page.keyboard.press('Tab'); // Write
    await page.keyboard.press('Space');
    await page.getByLabel('Expires after').selectOption({ label: '30 days' });
    await page.getByLabel('Name').press('Enter');
    const secret = page.getByTestId('new-token');
    await secret.waitFor();
    await page.getByText('it will not be shown again').waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^kdl_/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'tokens-created-phone');
    expect({ page: 'tokens-created', violations: await seriousA11yViolations(page) }).toEqual({ page: 'tokens-created', violations: [] });
    expect((await asScript(token)).body.data?.viewer.name).toBe('Sanne de Vries');

    // listed with its scopes and times; the secret is gone for good
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(secret.count()).resolves.toBe(0);
    const item = page.getByTestId('api-tokens').locator('li', { hasText: name });
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(/ReadWrite.*Created.*Last used.*Expires/);
    expect(await page.content()).not.toContain(token);
    await screenshot(page, 'tokens-list-phone');
    expect({ page: 'tokens-list', violations: await seriousA11yViolations(page) }).toEqual({ page: 'tokens-list', violations: [] });

    // revoke: asks first; cancelling keeps it, confirming ends it
    await item.getByRole('button', { name: `Revoke ${name}` }).click();
    await item.getByText(`Revoke “${name}”? Scripts using it stop working at once.`).waitFor();
    await item.getByRole('button', { name: 'Cancel' }).click();
    expect((await asScript(token)).status).toBe(200);
    await item.getByRole('button', { name: `Revoke ${name}` }).click();
    await page.keyboard.press('Enter'); // the confirmation has the focus
    await item.locator('.k-badge--ended', { hasText: 'Revoked' }).waitFor();
    const refused = await asScript(token);
    expect([refused.status, refused.body.errors?.[0].extensions.reason]).toEqual([401, 'REVOKED_TOKEN']);

    // in Dutch too
    await page.getByRole('button', { name: 'NL Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-tokens' }).waitFor();
    await screenshot(page, 'tokens-nl-phone');
    await page.getByRole('button', { name: 'EN English' }).click();

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kindling' }).waitFor();
    expect(errors).toEqual([]);
  });
});
