import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot, SIGN_IN } from './support';

const stamp = Date.now().toString(36);
const INVITER = 'Priya Raman';
const INVITEE = 'Tomasz Nowak';

async function signIn(page: Page, name: string, labels = SIGN_IN.en) {
  await page.goto(`${baseUrl()}/`);
  // chosen on this device, so it wins over the language the person's profile holds
  if (labels === SIGN_IN.nl) await page.getByRole('button', { name: 'NL Nederlands' }).click();
  await page.getByLabel(labels.search).fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`^${labels.signInAs} ${name}`) }).click();
  await page.getByRole('navigation', { name: /Main|Hoofdmenu/ }).waitFor();
}


/** Nothing on the page is wider than the screen. */
async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The invitee's parent idea and the inviter's build-on of it (keeps 60 %, passes 40 % to the parent). */
async function ideas(inviter: Page, invitee: Page, title: string): Promise<string> {
  const parent = await gql<{ postIdea: { idea: { id: string } } }>(invitee, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, {
    input: { title: `Winter jackets for drivers ${title}`, body: 'Proper jackets for the winter routes.' },
  });
  const child = await gql<{ buildOn: { idea: { id: string } } }>(inviter, `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id } } }`, {
    input: { parentIds: [parent.postIdea.idea.id], title: `Heated jackets for night drivers ${title}`, body: 'With a battery pack.' },
  });
  return `${baseUrl()}/ideas/${encodeURIComponent(child.buildOn.idea.id)}`;
}

describe('co-authorship with consent: both people see what a split does before they commit', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  async function person(name: string, options: { width: number; height: number; locale: string; phone?: boolean }) {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      locale: options.locale,
      ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    // bounded waits, generous for a shared machine under load
    context.setDefaultTimeout(60_000);
    contexts.push(context);
    const opened = await openPage(context);
    await signIn(opened.page, name, options.locale.startsWith('nl') ? SIGN_IN.nl : SIGN_IN.en);
    return opened;
  }

  it('in English on a desktop: the inviter previews the split, the invitee sees their share, accepts, and both see the new shares', async () => {
    const { page: priya, errors: priyaErrors } = await person(INVITER, { width: 1440, height: 900, locale: 'en-GB' });
    const { page: tomasz, errors: tomaszErrors } = await person(INVITEE, { width: 1440, height: 900, locale: 'en-GB' });
    const url = await ideas(priya, tomasz, stamp);

    await priya.goto(url);
    await priya.getByRole('combobox', { name: 'Invite a co-author' }).fill('Tomasz');
    await priya.locator('.k-combo__list').getByRole('option', { name: new RegExp(INVITEE) }).click();
    // focus moves to the form; the default is an equal split, previewed by the engine
    await expect(priya.locator('#invite-form-title').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const preview = priya.getByRole('region', { name: 'What each person’s share of this idea becomes' });
    await preview.getByText('You: 30.0 % of this idea (now 60.0 %).').waitFor();
    await priya.getByLabel(`Share of ${INVITER} in the authors’ part, in %`).fill('80');
    await priya.getByLabel(`Share of ${INVITEE} in the authors’ part, in %`).fill('20');
    await preview.getByText('You: 48.0 % of this idea (now 60.0 %).').waitFor();
    await expect(texts(priya, '.k-split-preview__list li')).resolves.toEqual(['You: 48.0 % of this idea (now 60.0 %).', `${INVITEE}: 52.0 % (now 40.0 %).`]);
    await screenshot(priya, 'coauthor-invite-preview');
    await expectAccessible(priya, 'coauthor-invite-preview');
    await priya.getByRole('button', { name: `Invite ${INVITEE} with this split` }).click();
    await priya.getByText(`Invitation sent to ${INVITEE}.`).waitFor();

    await tomasz.goto(url);
    const invitation = tomasz.getByRole('region', { name: 'Invitations' });
    await invitation.getByText(`${INVITER} invited you to co-author this idea.`).waitFor();
    await invitation.getByText('Accepting gives you 52.0 % of this idea (now 40.0 %).').waitFor();
    await expect(texts(tomasz, '.k-split-preview__list li')).resolves.toEqual(['Accepting gives you 52.0 % of this idea (now 40.0 %).', `${INVITER} keeps 48.0 % (now 60.0 %).`]);
    await expect(invitation.locator('.k-split-list li').allTextContents()).resolves.toEqual([`${INVITER}: 80.0 %`, `${INVITEE}: 20.0 %`]);
    // the invite field is for authors only
    await expect(tomasz.getByRole('combobox', { name: 'Invite a co-author' }).count()).resolves.toBe(0);
    await screenshot(tomasz, 'coauthor-invitation');
    await expectAccessible(tomasz, 'coauthor-invitation');
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await invitation.waitFor({ state: 'detached' });
    await expect(texts(tomasz, '.k-author-row__share')).resolves.toEqual(['80.0 %', '20.0 %']);
    await expect(tomasz.getByRole('combobox', { name: 'Invite a co-author' }).count()).resolves.toBe(1);

    await priya.reload();
    await priya.locator('.k-author-row__share').first().waitFor();
    await expect(texts(priya, '.k-author-row__share')).resolves.toEqual(['80.0 %', '20.0 %']);
    await screenshot(priya, 'coauthor-accepted');
    await expectAccessible(priya, 'coauthor-accepted');
    expect([...priyaErrors, ...tomaszErrors]).toEqual([]);
  }, 300_000);

  it('in Dutch on a 360 px phone: the same, and nothing is wider than the screen', async () => {
    const phone = { width: 360, height: 740, locale: 'nl-NL', phone: true };
    const { page: priya, errors: priyaErrors } = await person(INVITER, phone);
    const { page: tomasz, errors: tomaszErrors } = await person(INVITEE, phone);
    const url = await ideas(priya, tomasz, `${stamp}-nl`);

    await priya.goto(url);
    await priya.getByRole('combobox', { name: 'Co-auteur uitnodigen' }).fill('Tomasz');
    await priya.locator('.k-combo__list').getByRole('option', { name: new RegExp(INVITEE) }).click();
    const preview = priya.getByRole('region', { name: 'Wat ieders aandeel in dit idee wordt' });
    await preview.getByText('Jij: 30,0 % van dit idee (nu 60,0 %).').waitFor();
    await priya.getByLabel(`Aandeel van ${INVITER} in het deel van de auteurs, in %`).fill('75');
    await priya.getByText('De aandelen moeten samen precies 100 % zijn.').waitFor();
    await expect(priya.getByRole('button', { name: `${INVITEE} uitnodigen met deze verdeling` }).isDisabled()).resolves.toBe(true);
    await priya.getByLabel(`Aandeel van ${INVITEE} in het deel van de auteurs, in %`).fill('25');
    await preview.getByText('Jij: 45,0 % van dit idee (nu 60,0 %).').waitFor();
    await expectNoOverflow(priya);
    await screenshot(priya, 'coauthor-invite-preview-nl-phone');
    await expectAccessible(priya, 'coauthor-invite-preview-nl-phone');
    await priya.getByRole('button', { name: `${INVITEE} uitnodigen met deze verdeling` }).click();
    await priya.getByText(`Uitnodiging verstuurd naar ${INVITEE}.`).waitFor();

    await tomasz.goto(url);
    const invitation = tomasz.getByRole('region', { name: /Uitnodiging/ });
    await invitation.getByText('Als je accepteert krijg je 55,0 % van dit idee (nu 40,0 %).').waitFor();
    await invitation.getByText(`${INVITER} houdt 45,0 % (nu 60,0 %).`).waitFor();
    await expect(tomasz.getByRole('combobox', { name: 'Co-auteur uitnodigen' }).count()).resolves.toBe(0);
    await invitation.scrollIntoViewIfNeeded();
    await expectNoOverflow(tomasz);
    await screenshot(tomasz, 'coauthor-invitation-nl-phone');
    await expectAccessible(tomasz, 'coauthor-invitation-nl-phone');
    const accept = invitation.getByRole('button', { name: 'Accepteren' });
    const box = await accept.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await accept.click();
    await invitation.waitFor({ state: 'detached' });
    await expect(texts(tomasz, '.k-author-row__share')).resolves.toEqual(['75,0 %', '25,0 %']);
    await expectNoOverflow(tomasz);
    await screenshot(tomasz, 'coauthor-accepted-nl-phone');
    expect([...priyaErrors, ...tomaszErrors]).toEqual([]);
  }, 300_000);
});
