import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

const stamp = Date.now().toString(36);
const title = `Label the returns cages by route ${stamp}`;

describe('notifications in a real browser: a status change reaches the author live, the bell, the centre, preferences, follow', () => {
  let browser: Browser;
  let memberContext: BrowserContext;
  let reviewerContext: BrowserContext;
  let member: Page;
  let reviewer: Page;
  const errors: string[][] = [];
  let ideaId = '';

  async function signIn(page: Page, name: string, path = '/') {
    await page.goto(`${baseUrl()}${path}`);
    await page.getByLabel('Search people by name').fill(name.split(' ')[0]);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  async function expectAccessible(page: Page, name: string) {
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  const unread = async (page: Page) => {
    const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
    return Number(/^(\d+)/.exec(label)?.[1] ?? NaN);
  };

  beforeAll(async () => {
    browser = await launch();
    memberContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    reviewerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    for (const context of [memberContext, reviewerContext]) context.setDefaultTimeout(20_000);
    const opened = [await openPage(memberContext), await openPage(reviewerContext)];
    [member, reviewer] = opened.map((o) => o.page);
    errors.push(...opened.map((o) => o.errors));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the author the reviewer’s answer live, on the bell and in the list, with their share', async () => {
    await signIn(member, 'Sanne de Vries', '/notifications');
    await member.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    ideaId = (await gql<{ postIdea: { idea: { id: string } } }>(member, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, { input: { title, body: 'So drivers find theirs.' } })).postIdea.idea.id;
    await signIn(reviewer, 'Paul Scholten');
    const answer = (status: string, response: string) =>
      gql(reviewer, `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { id } } }`, { input: { ideaId, status, response } });
    await answer('ACCEPTED', 'Yes — we start with route 12.');

    // no reload: notificationAdded refreshes the open list (after the demo's own history, which the server tells on its first start)
    const accepted = member.getByTestId('notification').filter({ hasText: `Paul Scholten answered ${title}: Accepted — you hold 100.0 % of this idea` });
    await accepted.waitFor({ timeout: 150_000 });
    await member.getByRole('button', { name: 'Mark all as read' }).click();
    await member.getByRole('link', { name: '0 unread notifications' }).waitFor();

    await answer('IN_PROGRESS', 'Route 12 first, the others in March.');
    const started = member.getByTestId('notification').filter({ hasText: `Paul Scholten answered ${title}: In progress` });
    await started.waitFor();
    await member.getByRole('link', { name: '1 unread notification' }).waitFor();
    expect(await unread(member)).toBe(1);
    await screenshot(member, 'notifications');
    await expectAccessible(member, 'notifications');

    // opening it marks it read and goes to the idea
    await started.getByRole('link').click();
    await member.getByRole('heading', { level: 1, name: title }).waitFor();
    await member.getByRole('link', { name: '0 unread notifications' }).waitFor();
  }, 180_000);

  it('reads in Dutch and filters unread ones', async () => {
    await member.goto(`${baseUrl()}/notifications`);
    await member.getByRole('button', { name: /Nederlands/ }).click();
    await member.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await member.getByTestId('notification').filter({ hasText: `Paul Scholten beantwoordde ${title}: Aangenomen — je hebt 100,0 % van dit idee` }).waitFor();
    await screenshot(member, 'notifications-nl');
    await expectAccessible(member, 'notifications-nl');
    await member.getByLabel('Alleen ongelezen').check();
    await member.getByText('Niets ongelezen.').waitFor();
    await member.getByLabel('Alleen ongelezen').uncheck();
    await member.getByRole('button', { name: /English/ }).click();
    await member.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  });

  it('saves preferences per kind and channel and the e-mail frequency, by keyboard', async () => {
    await member.getByRole('link', { name: 'Notification settings' }).click();
    await member.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const commentsByEmail = member.getByRole('checkbox', { name: 'Comments: by e-mail', exact: true });
    await expect(commentsByEmail.isChecked()).resolves.toBe(false);
    await expect(member.getByRole('checkbox', { name: 'Status changes of ideas you hold credit in: by e-mail' }).isChecked()).resolves.toBe(true);
    await commentsByEmail.focus();
    await member.keyboard.press('Space');
    await member.getByRole('radio', { name: 'A daily digest' }).check();
    await screenshot(member, 'notification-settings');
    await expectAccessible(member, 'notification-settings');
    await member.getByRole('button', { name: 'Save settings' }).click();
    await member.getByText('Settings saved.').waitFor();
    await member.reload();
    await member.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    await expect(member.getByRole('checkbox', { name: 'Comments: by e-mail', exact: true }).isChecked()).resolves.toBe(true);
    await expect(member.getByRole('radio', { name: 'A daily digest' }).isChecked()).resolves.toBe(true);
  });

  it('lets another person follow the idea, and tells them of a comment', async () => {
    await reviewer.goto(`${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`);
    await reviewer.getByRole('heading', { level: 1, name: title }).waitFor();
    await reviewer.getByRole('button', { name: 'Follow' }).click();
    await reviewer.getByRole('button', { name: 'Unfollow' }).waitFor();
    await gql(member, `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`, { input: { ideaId, body: 'Route 12 starts Monday.' } });
    await reviewer.goto(`${baseUrl()}/notifications`);
    await reviewer.getByTestId('notification').filter({ hasText: `Sanne de Vries commented on ${title}` }).waitFor();
  });

  it('asks a co-author for consent to a proposed split, and the notification opens the idea’s authors card', async () => {
    const { viewer } = await gql<{ viewer: { id: string } }>(reviewer, `{ viewer { id } }`);
    const { viewer: sanne } = await gql<{ viewer: { id: string } }>(member, `{ viewer { id } }`);
    await gql(member, `mutation($input: InviteCoAuthorInput!) { inviteCoAuthor(input: $input) { idea { id } } }`, { input: { ideaId, personId: viewer.id } });
    await gql(reviewer, `mutation($input: IdeaRefInput!) { acceptCoAuthorship(input: $input) { idea { id } } }`, { input: { ideaId } });
    const split = [{ personId: sanne.id, ppm: 700_000 }, { personId: viewer.id, ppm: 300_000 }];
    await gql(member, `mutation($input: ProposeAuthorSplitInput!) { proposeAuthorSplit(input: $input) { idea { id } } }`, { input: { ideaId, split } });
    await reviewer.goto(`${baseUrl()}/notifications`);
    const proposed = reviewer
      .getByTestId('notification')
      .filter({ hasText: `Sanne de Vries proposed a new split between the authors of ${title}: your part would go from 50.0 % to 30.0 % — it waits for your answer` });
    await proposed.waitFor({ timeout: 60_000 });
    await screenshot(reviewer, 'notifications-split-proposed');
    await expectAccessible(reviewer, 'notifications-split-proposed');
    await proposed.getByRole('link').click();
    await reviewer.getByRole('heading', { level: 1, name: title }).waitFor();
    // the authors card, where the answer is given, has the focus and is in view
    await reviewer.waitForFunction(() => document.activeElement?.id === 'authors-title');
    // also once the cards that load their own data have grown above it
    await reviewer.waitForLoadState('networkidle');
    const box = await reviewer.evaluate(() => {
      const r = document.getElementById('authors-title')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight, focused: document.activeElement?.id };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.focused).toBe('authors-title');
    await screenshot(reviewer, 'idea-authors-card-from-notification', false);

    // in Dutch on a 360 px phone: the same sentence, nothing wider than the screen
    await reviewer.setViewportSize({ width: 360, height: 740 });
    await reviewer.goto(`${baseUrl()}/notifications`);
    await reviewer.getByRole('button', { name: /Nederlands/ }).click();
    await reviewer
      .getByTestId('notification')
      .filter({ hasText: `Sanne de Vries stelt een nieuwe verdeling tussen de auteurs van ${title} voor: jouw deel gaat van 50,0 % naar 30,0 % — het wacht op jouw antwoord` })
      .waitFor();
    await screenshot(reviewer, 'notifications-split-proposed-nl-phone');
    expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(reviewer, 'notifications-split-proposed-nl-phone');
    await reviewer.getByRole('button', { name: /English/ }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await reviewer.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it('works on a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    try {
      const { page, errors: phoneErrors } = await openPage(phone);
      await signIn(page, 'Sanne de Vries', '/notifications');
      await page.getByTestId('notification').filter({ hasText: title }).first().waitFor();
      await screenshot(page, 'notifications-phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.goto(`${baseUrl()}/settings/notifications`);
      await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
      await screenshot(page, 'notification-settings-phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('threw no error in the page', () => {
    expect(errors).toEqual([[], []]);
  });
});
