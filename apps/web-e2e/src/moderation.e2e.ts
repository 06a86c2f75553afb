import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

const CREDIT = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Idea { id credit { shares { ppm person { name } } } } } }`;

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

describe('moderation: report, hide with a reason, placeholder for others, banner for the author', () => {
  let browser: Browser;
  let author: Page, member: Page, admin: Page;
  const errors: string[][] = [];
  const stamp = Date.now().toString(36);
  const title = `Parking passes for my cousin ${stamp}`;
  const reason = 'It names a colleague’s private phone number.';
  let root: string, child: string;

  beforeAll(async () => {
    browser = await launch();
    for (const [name, set] of [
      ['Sanne de Vries', (p: Page) => (author = p)],
      ['Lotte Jansen', (p: Page) => (member = p)],
      ['Joost Hoekstra', (p: Page) => (admin = p)],
    ] as const) {
      const session = await signedIn(browser, name);
      set(session.page);
      errors.push(session.errors);
    }
    root = (await gql<{ postIdea: { idea: { id: string } } }>(author, `mutation($i: PostIdeaInput!) { postIdea(input: $i) { idea { id } } }`, { i: { title, body: 'Call Jan on 06-12345678.', tags: ['parking'] } })).postIdea.idea.id;
    await gql(author, `mutation($i: CommentInput!) { comment(input: $i) { comment { id } } }`, { i: { ideaId: root, body: `My cousin's number is 06-12345678 ${stamp}` } });
    child = (await gql<{ buildOn: { idea: { id: string } } }>(member, `mutation($i: BuildOnInput!) { buildOn(input: $i) { idea { id } } }`, { i: { parentIds: [root], title: `Visitor parking calendar ${stamp}`, body: 'A shared calendar.' } })).buildOn.idea.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a member report an idea and a comment with a reason, and confirms', async () => {
    await member.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await member.getByRole('heading', { level: 1, name: title }).waitFor();
    await member.locator('article').getByRole('button', { name: 'Report', exact: true }).click();
    const dialog = member.getByRole('dialog', { name: 'Report to the admins' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Shows personal data' }).check();
    await screenshot(member, 'moderation-report-dialog', false);
    expect({ page: 'report-dialog', violations: await seriousA11yViolations(member) }).toEqual({ page: 'report-dialog', violations: [] });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Thank you. An admin will look at it.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // the comment, by keyboard: "Something else" needs a note
    await member.getByRole('button', { name: 'Report the comment by Sanne de Vries' }).click();
    const again = member.getByRole('dialog', { name: 'Report to the admins' }).last();
    await again.getByRole('radio', { name: 'Something else' }).check();
    await again.getByRole('button', { name: 'Send report' }).click();
    await again.getByText('Say what is wrong when you choose “Something else”.').waitFor();
    await again.getByLabel(/^Note/).focus();
    await member.keyboard.type('A private phone number of someone outside the company.');
    await member.keyboard.press('Tab'); // to Send report
    await member.keyboard.press('Enter');
    await again.getByText('Thank you. An admin will look at it.').waitFor();
    await member.keyboard.press('Escape');
  });

  it('shows admins the reports in /moderation, and hides the idea with a reason', async () => {
    const creditBefore = await gql(admin, CREDIT, { ids: [root, child] });
    await admin.getByRole('link', { name: 'Moderation' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    const item = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: title }) });
    await item.getByText('Shows personal data').waitFor();
    await item.getByText(/Lotte Jansen/).waitFor();
    const commentItem = admin.locator('section', { hasText: `Comment on “${title}”` });
    await commentItem.getByText('A private phone number of someone outside the company.').waitFor();
    await screenshot(admin, 'moderation-queue');
    expect({ page: 'moderation', violations: await seriousA11yViolations(admin) }).toEqual({ page: 'moderation', violations: [] });

    await item.getByRole('button', { name: 'Hide' }).click();
    await item.getByText('Give a reason: the author reads it.').waitFor();
    await item.getByLabel('Reason (the author reads it)').fill(reason);
    await item.getByRole('button', { name: 'Hide' }).click();
    await admin.getByRole('heading', { level: 2, name: title }).waitFor({ state: 'detached' });
    await admin.getByRole('button', { name: 'Resolved' }).click();
    const resolved = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: title }) });
    await resolved.getByText('Hidden now').waitFor();
    await resolved.getByText(/Hidden · Joost Hoekstra/).waitFor();
    await screenshot(admin, 'moderation-resolved');

    // Dutch
    await admin.getByRole('button', { name: /Nederlands/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Moderatie' }).waitFor();
    await admin.getByRole('button', { name: 'Open meldingen' }).click();
    await admin.getByText(`Reactie op “${title}”`).waitFor();
    await screenshot(admin, 'moderation-queue-nl');
    expect({ page: 'moderation-nl', violations: await seriousA11yViolations(admin) }).toEqual({ page: 'moderation-nl', violations: [] });
    await admin.getByRole('button', { name: /English/ }).click();

    // nobody's credit changed
    expect(await gql(admin, CREDIT, { ids: [root, child] })).toEqual(creditBefore);
  });

  it('shows another member the placeholder on the idea page and in the lineage, with the credit unchanged', async () => {
    await member.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await member.getByRole('heading', { level: 1, name: 'Hidden by a moderator' }).waitFor();
    expect(await member.content()).not.toContain('Call Jan on');
    await expect(member.getByTestId('hidden-banner').count()).resolves.toBe(0);

    await member.goto(`${baseUrl()}/ideas/${encodeURIComponent(child)}`);
    await member.getByRole('heading', { level: 1, name: `Visitor parking calendar ${stamp}` }).waitFor();
    await member.getByRole('link', { name: 'Hidden by a moderator' }).first().waitFor(); // "builds on" and the lineage node
    await member.locator('.k-lnode__title', { hasText: 'Hidden by a moderator' }).waitFor();
    // Sanne keeps her share of the build-on: the credit panel still names her
    await member.getByRole('complementary').getByText('Sanne de Vries').first().waitFor();
    await screenshot(member, 'moderation-lineage-placeholder');

    // on a phone, in Dutch
    const phone = await signedIn(browser, 'Mohammed El Amrani', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    errors.push(phone.errors);
    await phone.page.getByRole('button', { name: /Nederlands/ }).click();
    await phone.page.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await phone.page.getByRole('heading', { level: 1, name: 'Verborgen door een moderator' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.page.goto(`${baseUrl()}/ideas/${encodeURIComponent(child)}`);
    await phone.page.locator('.k-ltree__title', { hasText: 'Verborgen door een moderator' }).waitFor();
    await screenshot(phone.page, 'moderation-lineage-phone-nl');
    await phone.page.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await phone.page.getByRole('heading', { level: 1, name: 'Verborgen door een moderator' }).waitFor();
    await screenshot(phone.page, 'moderation-placeholder-phone-nl');
    expect({ page: 'placeholder-phone', violations: await seriousA11yViolations(phone.page) }).toEqual({ page: 'placeholder-phone', violations: [] });
  });

  it('shows the author the content with a banner that says why', async () => {
    await author.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await author.getByRole('heading', { level: 1, name: title }).waitFor();
    await author.getByTestId('hidden-banner').getByText(`Hidden by a moderator: ${reason}`).waitFor();
    await screenshot(author, 'moderation-author-banner', false);
    expect({ page: 'author-banner', violations: await seriousA11yViolations(author) }).toEqual({ page: 'author-banner', violations: [] });
    expect(errors.flat()).toEqual([]);
  });
});
