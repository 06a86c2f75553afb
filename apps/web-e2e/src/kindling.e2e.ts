import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, parseCsv, screenshot, seriousA11yViolations } from './support';

const stamp = Date.now().toString(36);
const originalTitle = `Lantern checklist for the dock ${stamp}`;
const buildOnTitle = `Dock lanterns with live ETA ${stamp}`;

describe('Kindling in a real browser against the real API', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let originalUrl = '';
  let buildOnUrl = '';

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The open trail's shown terms add up to its shown total, in 0.01 %. */
  async function expectTermsAddUp() {
    const units = (text: string) => Math.round(Number(/([\d.]+) %/.exec(text)?.[1]) * 100);
    const terms = await page.locator('.k-trail__term .k-num').allTextContents();
    const total = (await page.locator('.k-trail__sum').textContent()) ?? '';
    expect(terms.reduce((sum, term) => sum + units(term), 0)).toBe(units(total));
  }

  async function expectAccessible(name: string) {
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  it('signs in as a demo person', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { name: 'Sign in to Kindling' }).waitFor();
    await page.getByRole('button', { name: /^Sign in as / }).first().waitFor();
    await screenshot(page, 'sign-in');
    await expectAccessible('sign-in');
    await page.getByLabel('Search people by name').fill('Sanne');
    await page.getByRole('button', { name: /^Sign in as Sanne de Vries/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.locator('[role=feed] article').first().waitFor();
    await expect(page.locator('.k-header').textContent()).resolves.toContain('Sanne de Vries');
    await screenshot(page, 'feed', false);
    await expectAccessible('feed');
  });

  it('filters and searches the feed', async () => {
    await page.getByRole('link', { name: 'Top', exact: true }).click();
    await page.waitForURL(/order=MOST_ENDORSED/);
    await page.getByLabel('Search ideas').fill('ETA');
    await page.waitForURL(/q=ETA/);
    await page.locator('[role=feed] article').first().waitFor();
    const titles = await page.locator('[role=feed] article h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Mine', exact: true }).click();
    await page.waitForURL(/order=MINE/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('[role=feed] article').first().waitFor();
  });

  it('posts an idea', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New idea' }).click();
    await page.getByRole('heading', { name: 'Post an idea' }).waitFor();
    await page.getByLabel('Title').fill(originalTitle);
    await page.getByLabel('Description', { exact: true }).fill('Every dock door gets a **lantern** that shows:\n\n- which truck is next\n- how late it is');
    await page.getByLabel('Tags').fill('docks, night-shift');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('.k-preview strong', { hasText: 'lantern' }).waitFor();
    await screenshot(page, 'compose');
    await expectAccessible('compose');
    await page.getByRole('button', { name: 'Post idea' }).click();
    await page.getByRole('heading', { level: 1, name: originalTitle }).waitFor();
    originalUrl = page.url();
    expect(originalUrl).toMatch(/\/ideas\//);
    await expect(page.getByTestId('credit-total').textContent()).resolves.toBe('100.00 %');
  });

  it('builds on two ideas with a split', async () => {
    await page.getByRole('link', { name: 'Build on this' }).first().click();
    await page.getByRole('heading', { name: 'Build on ideas' }).waitFor();
    await page.locator('[data-testid=split-row]').first().waitFor();
    const picker = page.getByRole('combobox', { name: 'Search ideas to build on' });
    await picker.fill('ETA link');
    const option = page.getByRole('listbox').getByRole('option').first();
    await option.waitFor();
    const secondParent = (await option.locator('strong').textContent()) ?? '';
    await option.click();
    await expect(page.locator('[data-testid=split-row]').count()).resolves.toBe(2);
    const slider = page.getByLabel(`Share for ${originalTitle}`);
    await slider.focus();
    // the shares are what is stored and always add up to 100 %: the most one parent can take is 99 %, the other keeps 1 %
    await slider.press('End');
    await expect(page.locator('[data-testid=split-row]').first().textContent()).resolves.toContain('99 %');
    await expect(page.locator('[data-testid=split-row]').nth(1).textContent()).resolves.toContain('1 %');
    await page.getByLabel('Title').fill(buildOnTitle);
    await page.getByLabel('Description', { exact: true }).fill('Combine the lanterns with the live ETA so the dock knows what is coming.');
    await page.getByRole('button', { name: 'Post build-on' }).click();
    await page.getByRole('heading', { level: 1, name: buildOnTitle }).waitFor();
    buildOnUrl = page.url();
    const parents = page.locator('.k-idea__parents a');
    await expect(parents.allTextContents()).resolves.toEqual(expect.arrayContaining([originalTitle, secondParent]));
  });

  it('shows the lineage graph and a credit trail adding up to 100 %', async () => {
    await page.locator('.react-flow__node').nth(2).waitFor();
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('credit-total').textContent()).resolves.toBe('100.00 %');
    // the shown rows add up to exactly the shown total, in 0.01 %
    const percents = await page.locator('.k-sharelist .k-num').allTextContents();
    const sum = percents.reduce((total, p) => total + Math.round(Number(p.replace(/[^\d.]/g, '')) * 100), 0);
    expect(sum).toBe(10_000);

    // the viewer's own row and trail say "you"
    await page.getByRole('button', { name: /Show how you earned this share/ }).click();
    await page.getByRole('heading', { name: 'Why you hold this share' }).waitFor();
    await page.locator('.k-trail__term').first().waitFor();
    const kinds = await page.locator('.k-trail__term').evaluateAll((els) => els.map((el) => el.className));
    expect(kinds.some((k) => k.includes('AUTHOR'))).toBe(true);
    expect(kinds.some((k) => k.includes('INHERITED'))).toBe(true);
    await expectTermsAddUp();

    await page.getByRole('button', { name: `Open the trail in ${originalTitle}` }).click();
    await page.getByText(`This is what ${originalTitle} passes on to the ideas built on it`, { exact: false }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Trail path' }).getByRole('listitem').count()).resolves.toBe(2);
    await page.locator('.k-trail__term').first().waitFor();
    await screenshot(page, 'idea');
    await expectAccessible('idea');
  });

  it('drills through the credit of a much-built-on idea', async () => {
    const data = await gql<{ ideas: { edges: { node: { id: string; credit: { shares: { person: { name: string } }[] } } }[] } }>(
      page,
      'query { ideas(first: 1, orderBy: MOST_BUILT_ON) { edges { node { id credit { shares { person { name } } } } } } }',
    );
    const idea = data.ideas.edges[0].node;
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(idea.id)}`);
    await page.locator('.react-flow__node').nth(3).waitFor();
    const holder = idea.credit.shares[Math.min(1, idea.credit.shares.length - 1)].person.name;
    await page.getByRole('button', { name: new RegExp(`Show how ${holder} earned this share`) }).click();
    await page.locator('.k-trail__term').first().waitFor();
    await expectTermsAddUp();
    await page.getByLabel('Highlight contributions of').selectOption({ label: holder });
    await page.locator('.k-lnode--hl').first().waitFor();
    await screenshot(page, 'idea-rich');
  });

  it('endorses an idea', async () => {
    const data = await gql<{ ideas: { edges: { node: { id: string; viewerIsAuthor: boolean; viewerHasEndorsed: boolean } }[] } }>(
      page,
      'query { ideas(first: 40, orderBy: NEWEST) { edges { node { id viewerIsAuthor viewerHasEndorsed } } } }',
    );
    const target = data.ideas.edges.map((e) => e.node).find((n) => !n.viewerIsAuthor && !n.viewerHasEndorsed);
    expect(target).toBeDefined();
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(target!.id)}`);
    const endorse = page.getByRole('button', { name: /^Endorse · / });
    await endorse.waitFor();
    const before = Number(((await endorse.textContent()) ?? '').replace(/\D/g, ''));
    await endorse.click();
    const endorsed = page.getByRole('button', { name: /^Endorsed · / });
    await endorsed.waitFor();
    expect(await endorsed.getAttribute('aria-pressed')).toBe('true');
    expect(Number(((await endorsed.textContent()) ?? '').replace(/\D/g, ''))).toBe(before + 1);
  });

  it('comments and replies', async () => {
    await page.goto(buildOnUrl);
    await page.getByLabel('Your comment').fill('Night shift would love this.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.locator('.k-comment__body', { hasText: 'Night shift would love this.' }).waitFor();
    await page.locator('.k-comment').first().getByRole('button', { name: 'Reply' }).click();
    await page.getByLabel('Reply to Sanne de Vries').fill('And the day shift too.');
    await page.locator('.k-comment').first().getByRole('button', { name: 'Reply' }).last().click();
    await page.locator('.k-comments--replies .k-comment__body', { hasText: 'And the day shift too.' }).waitFor();
  });

  it('invites a co-author, who accepts', async () => {
    await page.goto(buildOnUrl);
    const picker = page.getByRole('combobox', { name: 'Invite a co-author' });
    await picker.fill('Emre');
    await page.getByRole('option', { name: /Emre Kaya/ }).click();
    await page.getByRole('button', { name: 'Invite Emre Kaya with this split' }).click();
    await page.getByText('Invitation sent to Emre Kaya.').waitFor();
    await page.locator('.k-badge', { hasText: 'pending' }).waitFor();

    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page: emre, errors: emreErrors } = await openPage(other);
      await emre.goto(buildOnUrl);
      await emre.getByLabel('Search people by name').fill('Emre');
      await emre.getByRole('button', { name: /^Sign in as Emre Kaya/ }).click();
      await emre.getByText('Sanne de Vries invited you to co-author this idea.').waitFor();
      await emre.getByRole('button', { name: 'Accept' }).click();
      await emre.locator('.k-invite-banner').waitFor({ state: 'detached' });
      await emre.locator('#authors-title').locator('..').getByRole('link', { name: 'Emre Kaya' }).waitFor();
      // Emre's own row: the panel calls the viewer “You”
      await emre.locator('.k-sharelist').getByRole('button', { name: /Show how you earned this share/ }).waitFor();
      expect(emreErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('shows the credit on the person page', async () => {
    await page.getByRole('link', { name: 'Sanne de Vries' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor();
    const table = page.getByTestId('person-credit');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain(originalTitle);
    await expect(table.textContent()).resolves.toContain(buildOnTitle);
    // credit over time: the current period is what the person holds now; the demo began within the year
    const personId = decodeURIComponent(page.url().split('/people/')[1]);
    const held = await gql<{ node: { credit: { edges: { node: { share: number } }[] } } }>(page, 'query($id: ID!) { node(id: $id) { ... on Person { credit(first: 100) { edges { node { share } } } } } }', { id: personId });
    const total = held.node.credit.edges.reduce((sum, e) => sum + e.node.share, 0);
    await expect(page.getByTestId('credit-history-now').textContent()).resolves.toBe(total.toFixed(2));
    const months = page.getByTestId('credit-history').locator('tbody tr');
    await expect(months.count()).resolves.toBe(12);
    await expect(months.first().textContent()).resolves.toContain('0.00');
    await screenshot(page, 'person');
    await expectAccessible('person');
    await page.getByRole('button', { name: 'Quarters' }).click();
    await page.getByRole('button', { name: 'Quarters', pressed: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=credit-history] tbody tr').length === 8);

    await page.getByRole('tab', { name: /Build-ons/ }).click();
    await page.getByRole('link', { name: buildOnTitle }).waitFor();

    // whom she built on: the authors of the two ideas her build-on combined, with their departments
    await page.getByRole('tab', { name: 'Connections' }).click();
    const builtOn = page.getByTestId('built-on');
    await builtOn.waitFor();
    const ties = await gql<{ node: { peopleBuiltOn: { edges: { node: { person: { name: string; department: { name: string } } } }[] } } }>(
      page,
      'query($id: ID!) { node(id: $id) { ... on Person { peopleBuiltOn(first: 100) { edges { node { person { name department { name } } } } } } } }',
      { id: personId },
    );
    expect(ties.node.peopleBuiltOn.edges.length).toBeGreaterThan(0);
    const first = ties.node.peopleBuiltOn.edges[0].node.person;
    await expect(builtOn.locator('li').first().textContent()).resolves.toContain(first.name);
    await expect(builtOn.locator('li').first().textContent()).resolves.toContain(first.department.name);
    await expect(page.getByTestId('built-on-departments').textContent()).resolves.toContain(first.department.name);
    await screenshot(page, 'person-connections');
    await expectAccessible('person-connections');
  });

  it('ranks ideas on the leadership board and exports them as CSV', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leadership board' }).click();
    await page.getByRole('heading', { name: 'Leadership board' }).waitFor();
    await page.locator('.k-board__row').first().waitFor();
    const firstExpand = page.getByRole('button', { name: /^Show credit for / }).first();
    await firstExpand.click();
    await page.locator('.k-board__detail [data-testid=credit-total]').waitFor();
    await expect(page.locator('.k-board__detail [data-testid=credit-total]').textContent()).resolves.toBe('100.00 %');
    await screenshot(page, 'board');
    await expectAccessible('board');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]).toEqual(['rank', 'idea_id', 'title', 'status', 'posted_at', 'endorsements', 'build_ons', 'authors', 'person_id', 'person', 'department', 'share_percent', 'share_ppm', 'score', 'reviewers']);
    const perIdea = new Map<string, number>();
    for (const row of rows.slice(1)) if (row[12]) perIdea.set(row[1], (perIdea.get(row[1]) ?? 0) + Number(row[12]));
    expect(perIdea.size).toBeGreaterThan(50);
    for (const total of perIdea.values()) expect(total).toBe(1_000_000);
    expect(rows.some((row) => row[2] === buildOnTitle)).toBe(true);
    await page.getByText(/^Exported \d+ ideas\.$/).waitFor();

    // recent momentum: ideas this run built on or endorsed lead; older quiet ideas fall away
    const ranking = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('BoardLeaderboard'));
    await page.getByLabel('Rank by').selectOption('MOMENTUM');
    await page.waitForURL(/order=MOMENTUM/);
    expect((await ranking).ok()).toBe(true);
    await page.locator('.k-board__row').first().waitFor();
    const ranked = await page.locator('.k-board__row').count();
    expect(ranked).toBeGreaterThan(0);
    expect(ranked).toBeLessThanOrEqual(100);
  });

  it('speaks Dutch, and remembers it', async () => {
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { name: 'Directiebord' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Directiebord' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ideeën' }).click();
    await page.getByRole('link', { name: 'Meest op voortgebouwd' }).waitFor();
    await page.locator('[role=feed] article').first().waitFor();
    await screenshot(page, 'feed-nl', false);
    await expectAccessible('feed-nl');
    await page.goto(buildOnUrl);
    await page.getByRole('heading', { name: 'Erkenning' }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await screenshot(page, 'idea-nl');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Credit' }).waitFor();
  });

  it('opens deep links after sign-in and works on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    try {
      const { page: mobile, errors: mobileErrors } = await openPage(phone);
      await mobile.goto(buildOnUrl);
      await mobile.getByLabel('Search people by name').fill('Sanne');
      await mobile.getByRole('button', { name: /^Sign in as Sanne de Vries/ }).click();
      await mobile.getByRole('heading', { level: 1, name: buildOnTitle }).waitFor();
      expect(mobile.url()).toBe(buildOnUrl);
      await mobile.locator('.k-ltree__row').first().waitFor(); // a phone opens the lineage as a list
      await screenshot(mobile, 'idea-phone');
      const width = await mobile.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await mobile.goto(`${baseUrl()}/`);
      await mobile.locator('[role=feed] article').first().waitFor();
      await screenshot(mobile, 'feed-phone', false);
      expect(mobileErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows a signed-out visitor of an idea link only the sign-in screen, then the idea (Dutch, 360 px)', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
    try {
      const { page: mobile, errors: mobileErrors } = await openPage(phone);
      // every answer the app gets while signed out, to show that nothing it asks for is refused
      const answering: Array<Promise<{ operation: string; status: number; errors: unknown }>> = [];
      mobile.on('response', (response) => {
        if (!response.url().endsWith('/graphql')) return;
        const operation = JSON.parse(response.request().postData() ?? '{}').operationName as string;
        const status = response.status();
        // a body can be gone when a newer search replaced the request; its status still tells a refusal
        answering.push(response.json().then((body: { errors?: unknown }) => ({ operation, status, errors: body.errors ?? null }), () => ({ operation, status, errors: null })));
      });
      await mobile.goto(originalUrl);
      await mobile.getByRole('heading', { name: 'Aanmelden bij Kindling' }).waitFor();
      await mobile.getByRole('button', { name: /^Aanmelden als / }).first().waitFor();
      expect(await mobile.getByText(originalTitle).count()).toBe(0);
      expect(await mobile.locator('[role=alert]').count()).toBe(0);
      await screenshot(mobile, 'sign-in-phone-nl');
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await mobile.getByLabel('Zoek mensen op naam').fill('Sanne');
      await mobile.getByRole('button', { name: /^Aanmelden als Sanne de Vries/ }).click();
      await mobile.getByRole('heading', { level: 1, name: originalTitle }).waitFor();
      expect(mobile.url()).toBe(originalUrl);
      const answers = await Promise.all(answering);
      expect(answers.filter((a) => a.status !== 200 || a.errors !== null)).toEqual([]);
      expect(answers.map((a) => a.operation)).toEqual(expect.arrayContaining(['Viewer', 'DevSignInPeople', 'DevSignIn']));
      expect(mobileErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('explains refusals in Dutch on a phone, by their reason', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
    try {
      const { page: mobile, errors: mobileErrors } = await openPage(phone);
      await mobile.goto(`${baseUrl()}/compose`);
      // someone who never chose a language: Sanne chose English above, which her phone follows
      await mobile.getByLabel('Zoek mensen op naam').fill('Bas');
      await mobile.getByRole('button', { name: /^Aanmelden als Bas Verhoeven/ }).click();
      await mobile.getByRole('heading', { name: 'Een idee plaatsen' }).waitFor();
      const noWiderThanThePhone = async () => expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // the form's own checks: the shared rules, worded in Dutch
      await mobile.getByRole('button', { name: 'Idee plaatsen' }).click();
      await mobile.locator('#compose-title-error', { hasText: 'Geef het idee een titel.' }).waitFor();
      await mobile.locator('#compose-body-error', { hasText: 'Beschrijf het idee.' }).waitFor();
      await screenshot(mobile, 'compose-empty-nl');
      await noWiderThanThePhone();
      await mobile.getByLabel('Titel').fill(`Warme maaltijden in de nachtdienst ${stamp}`);
      await mobile.getByLabel('Beschrijving', { exact: true }).fill('Een warme maaltijd om 02:00 houdt de nachtdienst op de been.');
      await mobile.getByLabel('Labels').fill('nachtdienst, geen spaties!, a--b');
      await mobile.locator('#compose-tags-error', { hasText: /^Labels zijn letters en cijfers/ }).waitFor();
      await expect(mobile.locator('.k-tag--invalid').allTextContents()).resolves.toEqual(['#geen-spaties! (geen geldig label)', '#a--b (geen geldig label)']);
      expect(await mobile.locator('[role=alert]').count()).toBe(1);
      await screenshot(mobile, 'compose-tags-nl');
      await noWiderThanThePhone();
      expect({ page: 'compose-tags-nl', violations: await seriousA11yViolations(mobile) }).toEqual({ page: 'compose-tags-nl', violations: [] });

      // a refusal only the server can make: two authors invite Emre at once; the second hears why (CONFLICT)
      const posted = await gql<{ postIdea: { idea: { id: string } } }>(mobile, 'mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }', {
        input: { title: `Fietsenstalling bij de poort ${stamp}`, body: 'Een overdekte stalling vlak bij de poort.', tags: ['fietsen'] },
      });
      const ideaId = posted.postIdea.idea.id;
      await mobile.goto(`${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`);
      await mobile.getByRole('heading', { level: 1, name: `Fietsenstalling bij de poort ${stamp}` }).waitFor();
      const people = await gql<{ people: { edges: { node: { id: string } }[] } }>(mobile, 'query { people(search: "Emre Kaya", first: 1) { edges { node { id } } } }');
      await mobile.getByRole('combobox', { name: 'Co-auteur uitnodigen' }).fill('Emre');
      await mobile.getByRole('option', { name: /Emre Kaya/ }).click();
      const send = mobile.getByRole('button', { name: 'Emre Kaya uitnodigen met deze verdeling' });
      await send.and(mobile.locator(':enabled')).waitFor(); // the preview has loaded
      await gql(mobile, 'mutation($input: InviteCoAuthorInput!) { inviteCoAuthor(input: $input) { idea { id } } }', { input: { ideaId, personId: people.people.edges[0].node.id } });
      const refused = mobile.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('InviteCoAuthor'));
      await send.click();
      const body = (await (await refused).json()) as { errors: { message: string; extensions: { code: string; reason: string } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_AUTHOR' });
      const alert = mobile.getByRole('alert').filter({ hasText: 'Die persoon is al auteur van dit idee, of is al uitgenodigd.' });
      await alert.waitFor();
      await alert.scrollIntoViewIfNeeded();
      await expect(mobile.locator('body').textContent()).resolves.not.toContain(body.errors[0].message);
      await screenshot(mobile, 'refusal-nl', false);
      await noWiderThanThePhone();
      expect(mobileErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('lays out a lineage of 1,000 ideas and keeps only what is on screen in the page', async () => {
    await page.goto(`${baseUrl()}/lab/lineage?n=1000`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    // speed belongs in bench/, not in an assertion: the layout time is reported, not checked
    const layout = await page.evaluate(() => performance.getEntriesByName('kindling:lineage-layout').map((e) => e.duration));
    console.log(`lineage of 1,000 ideas laid out in ${Math.round(layout[0] ?? NaN)} ms`);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(200);
    // dragging the pane moves the view and brings other ideas into the page
    const before = await page.locator('.react-flow__viewport').getAttribute('style');
    const shownBefore = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).join());
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + 400, pane.y + 300);
    await page.mouse.down();
    for (let i = 0; i < 25; i++) await page.mouse.move(pane.x + 400 - i * 24, pane.y + 300 - i * 16);
    await page.mouse.up();
    await page.waitForFunction(
      ([style, shown]) =>
        document.querySelector('.react-flow__viewport')?.getAttribute('style') !== style &&
        Array.from(document.querySelectorAll('.react-flow__node'), (n) => n.getAttribute('data-id')).join() !== shown,
      [before, shownBefore] as const,
    );
    await screenshot(page, 'lineage-1000', false);
  });

  it('serves the bundled GraphiQL at /graphql', async () => {
    // GraphiQL introspects the API first; run the query once it knows the schema
    const introspected = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema'));
    await page.goto(`${baseUrl()}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    expect((await introspected).ok()).toBe(true);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: '"totalCount"' }).waitFor();
    await expect(page.locator('.graphiql-response').textContent()).resolves.toContain('Sanne de Vries');
    await screenshot(page, 'graphiql', false);
  });

  it('signs out', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kindling' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the sign-in screen, not an error, when the session ends behind the page’s back', async () => {
    await page.getByLabel('Search people by name').fill('Sanne');
    await page.getByRole('button', { name: /^Sign in as Sanne de Vries/ }).click();
    await page.locator('[role=feed] article').first().waitFor();
    await gql(page, 'mutation { signOut { signedOut } }'); // e.g. signed out in another tab
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leadership board' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kindling' }).waitFor();
    expect(page.url()).toBe(`${baseUrl()}/board`);
    expect(errors).toEqual([]);
  });
});
