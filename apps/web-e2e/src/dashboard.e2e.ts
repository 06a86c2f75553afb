import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, parseCsv, screenshot, seriousA11yViolations } from './support';

interface Silo {
  siloMap: { buildOns: number; crossDepartment: number; departments: { name: string }[]; cells: { from: { name: string }; to: { name: string }; count: number }[] };
}
interface Metrics {
  reviewMetrics: { promiseDays: number; queue: { count: number; bands: { band: string; count: number }[] }; firstResponse: { due: number; answeredInTime: number } };
}

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Search people by name').fill(name);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('the leadership dashboard in a real browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a member no dashboard link, and the page says it is for reviewers', async () => {
    const member = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const { page: memberPage } = await openPage(member);
    await signIn(memberPage, 'Sanne de Vries');
    await expect(memberPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).count()).resolves.toBe(0);
    await memberPage.goto(`${baseUrl()}/dashboard`);
    await memberPage.getByRole('heading', { name: 'The dashboard is for reviewers and admins' }).waitFor();
    await screenshot(memberPage, 'dashboard-member');
    await member.close();
  });

  it('opens the dashboard as a reviewer: the charts render and the tables show the API’s numbers', async () => {
    await signIn(page, 'Paul Scholten');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership dashboard' }).waitFor();
    await page.getByLabel('Ideas posted in').selectOption('ALL_TIME');
    await page.waitForURL(/period=ALL_TIME/);
    await page.locator('#dash-silo table.k-silo').waitFor();
    // four recharts charts: queue bands, over time, by department, cross-department share
    await page.locator('.recharts-surface').nth(3).waitFor();
    expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);

    const { siloMap } = await gql<Silo>(page, `{ siloMap(period: ALL_TIME) { buildOns crossDepartment departments { name } cells { from { name } to { name } count } } }`);
    expect(siloMap.cells.length).toBeGreaterThan(0);
    const matrix = page.locator('#dash-silo table.k-silo');
    const headers = await matrix.locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(siloMap.departments.map((d) => d.name));
    for (const cell of siloMap.cells.slice(0, 3)) {
      const row = matrix.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${cell.from.name}$`) }) });
      const column = siloMap.departments.findIndex((d) => d.name === cell.to.name);
      await expect(row.locator('td').nth(column).textContent()).resolves.toBe(String(cell.count));
    }
    await expect(page.locator('#dash-silo').textContent()).resolves.toContain(`of the ${siloMap.buildOns} build-ons cross a department line (${siloMap.crossDepartment})`);

    const { reviewMetrics } = await gql<Metrics>(page, `{ reviewMetrics(period: ALL_TIME) { promiseDays queue { count bands { band count } } firstResponse { due answeredInTime } } }`);
    await expect(page.locator('#dash-queue').textContent()).resolves.toContain(`${reviewMetrics.queue.count} ideas wait now`);
    await page.locator('#dash-queue summary').click();
    const bandCounts = await page.locator('#dash-queue details tbody td').allTextContents();
    expect(bandCounts).toEqual(reviewMetrics.queue.bands.map((b) => String(b.count)));
    await expect(page.locator('#dash-promise').textContent()).resolves.toContain(
      `${reviewMetrics.firstResponse.answeredInTime} of ${reviewMetrics.firstResponse.due} ideas that are due got their first response within ${reviewMetrics.promiseDays} days`,
    );
    await screenshot(page, 'dashboard');
    expect({ page: 'dashboard', violations: await seriousA11yViolations(page) }).toEqual({ page: 'dashboard', violations: [] });
  });

  it('exports the silo map as CSV with the API’s rows', async () => {
    const { siloMap } = await gql<Silo>(page, `{ siloMap(period: ALL_TIME) { cells { from { name } to { name } count } } }`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Silo map as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('kindling-silo-map.csv');
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]).toEqual(['from_department', 'to_department', 'build_ons']);
    expect(rows.slice(1)).toEqual(siloMap.cells.map((c) => [c.from.name, c.to.name, String(c.count)]));
  });

  it('reads in Dutch and fits a 360 px phone', async () => {
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Directiedashboard' }).waitFor();
    await page.getByRole('heading', { name: 'Eilandjeskaart' }).waitFor();
    await screenshot(page, 'dashboard-nl');
    expect({ page: 'dashboard-nl', violations: await seriousA11yViolations(page) }).toEqual({ page: 'dashboard-nl', violations: [] });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.locator('svg.recharts-surface').first().waitFor();
    // the page itself never scrolls sideways: wide tables scroll inside their card
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await screenshot(page, 'dashboard-phone');
    await page.getByRole('button', { name: /English/ }).click();
    expect(errors).toEqual([]);
  });
});
