import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from './app-process';
import { percentile } from './http-load';

/** Set by OverviewPage once its data has been rendered. */
const OVERVIEW_RENDERED_MARK = 'lagesbild:overview-rendered';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface WebFigures {
  /** Scripts and styles received before the overview's data was on screen, gzipped (zlib's default level) as a server would send them. */
  firstPage: { jsGzipKb: number; cssGzipKb: number; jsFiles: number };
  /** Everything the overview fetched, the sparklines' charting chunk loaded after the figures included. */
  wholeOverviewPage: { jsGzipKb: number };
  /** Navigation start to the mark, a fresh browser context (empty cache) each time. */
  overviewRendered: { medianMs: number; p95Ms: number; samples: number };
}

const gzippedKb = (urlPath: string) =>
  gzipSync(readFileSync(join(REPO_ROOT, 'apps/web/dist', new URL(urlPath).pathname))).length / 1000;

/** Opens the overview in headless Chromium `samples` times as a signed-in department head. */
export async function measureWeb(
  baseUrl: string,
  account: { email: string; password: string },
  samples: number,
): Promise<WebFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const signInContext = await browser.newContext();
    const signIn = await signInContext.request.post(`${baseUrl}/auth/sign-in`, { data: account });
    if (!signIn.ok()) throw new Error(`Signing in answered ${signIn.status()}`);
    const storageState = await signInContext.storageState();
    await signInContext.close();

    const times: number[] = [];
    let firstPage: WebFigures['firstPage'] | undefined;
    let wholeOverviewPage: WebFigures['wholeOverviewPage'] | undefined;
    for (let index = 0; index < samples + 1; index++) {
      const context = await browser.newContext({ storageState });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/oversikt`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, OVERVIEW_RENDERED_MARK, {
        timeout: 30_000,
      });
      await page.waitForLoadState('networkidle');
      const entries = await page.evaluate((mark) => {
        const renderedAt = performance.getEntriesByName(mark)[0]!.startTime;
        const resources = performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: entry.name, responseEnd: (entry as PerformanceResourceTiming).responseEnd }));
        return { renderedAt, resources };
      }, OVERVIEW_RENDERED_MARK);
      await context.close();
      // The first load also warms the server's own caches; it is not counted.
      if (index === 0) continue;
      times.push(entries.renderedAt);
      // Resource timing lists the document's own scripts and preloads too: each file once.
      const assets = [
        ...new Map(
          entries.resources.filter((entry) => entry.name.includes('/assets/')).map((entry) => [entry.name, entry]),
        ).values(),
      ];
      const scripts = (list: typeof assets) => list.filter((entry) => entry.name.endsWith('.js'));
      // What had arrived when the figures appeared; the sparklines' chunk is asked for in the same render but arrives after.
      const beforeRender = assets.filter((entry) => entry.responseEnd <= entries.renderedAt);
      const sum = (list: typeof assets) => list.reduce((total, entry) => total + gzippedKb(entry.name), 0);
      firstPage ??= {
        jsGzipKb: sum(scripts(beforeRender)),
        cssGzipKb: sum(beforeRender.filter((entry) => entry.name.endsWith('.css'))),
        jsFiles: scripts(beforeRender).length,
      };
      wholeOverviewPage ??= { jsGzipKb: sum(scripts(assets)) };
    }
    times.sort((a, b) => a - b);
    return {
      firstPage: firstPage!,
      wholeOverviewPage: wholeOverviewPage!,
      overviewRendered: { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), samples },
    };
  } finally {
    await browser.close();
  }
}
