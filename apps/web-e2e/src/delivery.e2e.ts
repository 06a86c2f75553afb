import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import PgBoss from 'pg-boss';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch, openPage, screenshot, seriousA11yViolations } from './support';

const QUEUE = 'e2e.deliveries';
/** A second queue for the phone: the first one's retried jobs wait in it, and fetching would take them. */
const PHONE_QUEUE = 'e2e.deliveries-phone';

/** A browser context signed in as a demo person through the sign-in page. */
async function signedIn(browser: Browser, name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', ...options });
  context.setDefaultTimeout(15_000);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Search people by name').fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page, errors };
}

describe('deliveries: an admin sees the job queues and retries dead letters', () => {
  let browser: Browser;
  let boss: PgBoss;
  let admin: Page;
  const errors: string[][] = [];
  const failed: string[] = [];

  /** A job in the server's own queue that failed its only attempt, as a broken receiver leaves it. */
  const aDeadLetter = async (deliveryId: string, message: string, queue = QUEUE) => {
    const id = (await boss.send(queue, { deliveryId, secret: 'whsec_never-shown' })) as string;
    const [job] = await boss.fetch(queue, { batchSize: 1 });
    expect(job.id).toBe(id);
    await boss.fail(queue, id, new Error(message));
    if (queue === QUEUE) failed.push(id);
  };
  const states = async () => (await Promise.all(failed.map((id) => boss.getJobById(QUEUE, id)))).map((job) => job?.state);

  beforeAll(async () => {
    const databaseUrl = process.env.KINDLING_E2E_DATABASE_URL;
    if (!databaseUrl) throw new Error('KINDLING_E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.js');
    // the server runs pg-boss's maintenance; this client only sends, fetches and fails
    boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false, max: 2 });
    boss.on('error', () => undefined);
    await boss.start();
    for (const name of [QUEUE, PHONE_QUEUE]) await boss.createQueue(name, { name, retryLimit: 0 });
    browser = await launch();
    const session = await signedIn(browser, 'Lisa Huisman');
    admin = session.page;
    errors.push(session.errors);
  });

  afterAll(async () => {
    await browser?.close();
    await boss?.stop({ graceful: false, wait: true });
  });

  it('shows the failed jobs with their error and attempts, the health per queue, in English and Dutch', async () => {
    await aDeadLetter('17', 'receiver answered 503 Service Unavailable');
    await aDeadLetter('18', 'connect ECONNREFUSED 127.0.0.1:9');

    // from the admin area (the moderation page), not the header
    await admin.getByRole('link', { name: 'Moderation' }).click();
    await admin.getByRole('link', { name: 'Failed deliveries and job queues' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin/deliveries');

    const job17 = admin.getByRole('listitem').filter({ hasText: `${QUEUE} — deliveryId 17` });
    await job17.getByText('receiver answered 503 Service Unavailable').waitFor();
    await job17.getByText(/1 of 1 attempts/).waitFor();
    await admin.getByRole('listitem').filter({ hasText: `${QUEUE} — deliveryId 18` }).getByText('connect ECONNREFUSED 127.0.0.1:9').waitFor();
    expect(await admin.content()).not.toContain('whsec_');
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: QUEUE, exact: true }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['0', '0', '2', '—']);
    await screenshot(admin, 'deliveries');
    expect({ page: 'deliveries', violations: await seriousA11yViolations(admin) }).toEqual({ page: 'deliveries', violations: [] });

    await admin.getByRole('button', { name: /Nederlands/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Bezorging' }).waitFor();
    await admin.getByRole('listitem').filter({ hasText: `${QUEUE} — deliveryId 17` }).getByText(/1 van 1 pogingen/).waitFor();
    await admin.getByRole('button', { name: 'Alles opnieuw' }).waitFor();
    await screenshot(admin, 'deliveries-nl');
    expect({ page: 'deliveries-nl', violations: await seriousA11yViolations(admin) }).toEqual({ page: 'deliveries-nl', violations: [] });
    await admin.getByRole('button', { name: /English/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
  });

  it('retries one job by keyboard, then all, and ends with the empty state', async () => {
    const retry17 = admin.getByRole('button', { name: `Retry ${QUEUE} — deliveryId 17` });
    await retry17.focus();
    await admin.keyboard.press('Enter');
    await admin.getByText('1 job back in its queue.').waitFor();
    await admin.getByRole('listitem').filter({ hasText: `${QUEUE} — deliveryId 17` }).waitFor({ state: 'detached' });
    expect(await states()).toEqual(['retry', 'failed']);
    // nobody works this test's queue: the retried job waits, and the health says so
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: QUEUE, exact: true }) });
    await row.getByText('(of which retrying 1)').waitFor();

    await admin.getByRole('button', { name: 'Retry all' }).click();
    await admin.getByRole('heading', { name: 'No failed jobs' }).waitFor();
    expect(await states()).toEqual(['retry', 'retry']);
    await expect(admin.getByRole('button', { name: 'Retry all' }).count()).resolves.toBe(0);
    await screenshot(admin, 'deliveries-empty');
    expect({ page: 'deliveries-empty', violations: await seriousA11yViolations(admin) }).toEqual({ page: 'deliveries-empty', violations: [] });
  });

  it('fits a 360 px phone in Dutch, with touch-sized buttons', async () => {
    await aDeadLetter('19', `receiver answered 500: ${'a-very-long-error-message-without-any-spaces-'.repeat(6)}`, PHONE_QUEUE);
    const phone = await signedIn(browser, 'Joost Hoekstra', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    errors.push(phone.errors);
    await phone.page.getByRole('button', { name: /Nederlands/ }).click();
    await phone.page.goto(`${baseUrl()}/admin/deliveries`);
    await phone.page.getByRole('heading', { level: 1, name: 'Bezorging' }).waitFor();
    const retry = phone.page.getByRole('button', { name: `${PHONE_QUEUE} — deliveryId 19 opnieuw proberen` });
    await retry.waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const button of [retry, phone.page.getByRole('button', { name: 'Alles opnieuw' })]) {
      const box = await button.boundingBox();
      expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await screenshot(phone.page, 'deliveries-phone-nl');
    expect({ page: 'deliveries-phone', violations: await seriousA11yViolations(phone.page) }).toEqual({ page: 'deliveries-phone', violations: [] });
    await retry.tap();
    await phone.page.getByRole('heading', { name: 'Geen mislukte taken' }).waitFor();
  });

  it('is not there for members', async () => {
    const member = await signedIn(browser, 'Sanne de Vries');
    errors.push(member.errors);
    await member.page.goto(`${baseUrl()}/admin/deliveries`);
    await member.page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    await expect(member.page.getByRole('link', { name: 'Failed deliveries and job queues' }).count()).resolves.toBe(0);
    expect(errors.flat()).toEqual([]);
  });
});
