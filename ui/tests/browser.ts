import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { RunningMock, startMock, StartMockOptions } from '../../mock/adapters/node/in-process';
import { fromRoot } from '../../spec/paths';

/** Debian's chromium package (`.ci/run` installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of each page, kept after the run (gitignored). */
export const ARTIFACTS = fromRoot('test-artifacts', 'browser');

/**
 * Flags that work on this kind of machine: no sandbox (root in a container), no GPU, and no background
 * traffic (Chromium's own connections are refused by the closed network and slow it down).
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a new, empty profile (and any extra command-line flags). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium; .ci/run does it) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'monaco-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...extraArgs],
    viewport: { width: 1360, height: 860 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that a test should fail on: a console error (CSP violations are) or a request off the mock. */
export interface Watched {
  page: Page;
  problems: string[];
  /** Paths whose error answers are the point of the test (Chromium logs each): `/v1/` by default. */
  expectedFailures: string[];
}

/** A new page that records console errors, uncaught exceptions and any request to another origin. */
export async function watchedPage(browser: Browser, origin: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const watched: Watched = { page, problems: [], expectedFailures: ['/v1/'] };
  const { problems } = watched;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium logs every 4xx/5xx a fetch gets: the ones a test sends on purpose are not problems.
    const path = new URL(url, origin).pathname;
    if (message.text().startsWith('Failed to load resource') && watched.expectedFailures.some((prefix) => path.startsWith(prefix))) return;
    problems.push(`console: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`left the mock: ${request.method()} ${url}`);
  });
  return watched;
}

/**
 * Saves a screenshot as a test artefact and returns its path: the whole page, or (with `scrolledTo`) the
 * window scrolled to show that element below the top bar.
 */
export async function screenshot(page: Page, name: string, scrolledTo?: Locator): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  if (scrolledTo) {
    await scrolledTo.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 60));
    await page.screenshot({ path });
  } else {
    await page.evaluate(() => window.scrollTo(0, 0)); // the sticky top bar stays on top of a full-page shot
    await page.screenshot({ path, fullPage: true });
  }
  return path;
}

/** What `pageTests` gives each test: the mock, and a fresh page watched for problems. */
export interface PageTests {
  mock: RunningMock;
  page: Page;
  watched: Watched;
}

/**
 * Registers the hooks of a file of page tests: one mock (reset before each test) and one Chromium for the
 * file, a new watched page for each test, closed after it, and the test failed on what the page did wrong.
 */
export function pageTests(options: StartMockOptions = {}): PageTests {
  const t = {} as PageTests;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Both started at once; whichever starts is kept for afterAll even if the other fails (a missing Chromium
    // must not leave the mock listening, which would keep jest running).
    const [mock, launched] = await Promise.allSettled([startMock(options), launchBrowser()]);
    if (mock.status === 'fulfilled') t.mock = mock.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const started of [mock, launched]) if (started.status === 'rejected') throw started.reason;
  });
  afterAll(async () => {
    await browser?.close();
    await t.mock?.close();
  });
  beforeEach(async () => {
    t.mock.reset();
    t.watched = await watchedPage(browser!, t.mock.url);
    t.page = t.watched.page;
  });
  afterEach(async () => {
    await t.page.close();
    expect(t.watched.problems).toEqual([]);
  });
  return t;
}
