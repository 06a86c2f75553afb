import { expect } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const outputDir = path.resolve(import.meta.dirname, '../output');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function baseUrl(): string {
  const url = process.env.KINDLING_E2E_URL;
  if (!url) throw new Error('KINDLING_E2E_URL is not set: run through apps/web-e2e/jest.config.js');
  return url;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that records uncaught errors, so a test can assert the app never threw. */
/**
 * A page of `context`. By default the device has a language of its own (its browser's, as if chosen on it), so a
 * language another test chose with the switch for the same demo person does not carry over to this one; the switch
 * still changes it. `localChoice: false` leaves the device without one (a new device follows the person's choice).
 */
export async function openPage(context: BrowserContext, { localChoice = true } = {}): Promise<{ page: Page; errors: string[] }> {
  if (localChoice) {
    await context.addInitScript(() => {
      if (!localStorage.getItem('kindling.locale')) localStorage.setItem('kindling.locale', navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en');
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations (described, for a readable failure). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // evaluated by the test driver, not as a page script: the app's Content-Security-Policy forbids inline scripts
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: AxeViolation) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs a GraphQL operation from inside the page (same origin, the session cookie). */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const json = await response.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    },
    { query, variables },
  ) as Promise<T>;
}

/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\ufeff/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The sign-in page's labels, by language. */
export const SIGN_IN = {
  en: { search: 'Search people by name', signInAs: 'Sign in as' },
  nl: { search: 'Zoek mensen op naam', signInAs: 'Aanmelden als' },
};

/** Signs in as a demo person through the sign-in page, as a person would; resolves once the app's menu is there. */
export async function signIn(page: Page, name: string, labels = SIGN_IN.en): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel(labels.search).fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`^${labels.signInAs} ${name}`) }).click();
  await page.getByRole('navigation', { name: /Main|Hoofdmenu/ }).waitFor();
}

/** No serious or critical axe violation on the page as it is now (the name says which page failed). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
}
