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
  /** Scripts and styles the overview needs before anything lazy, gzipped (zlib's default level) as a server would send them. */
  firstPage: { jsGzipKb: number; cssGzipKb: number; jsFiles: number };
  /** Everything the overview fetched, the sparklines' charting chunk loaded after the figures included. */
  wholeOverviewPage: { jsGzipKb: number };
  /** Navigation start to the mark, a fresh browser context (empty cache) each time. */
  overviewRendered: { medianMs: number; p95Ms: number; samples: number };
  /** Where that time went, medians from navigation start: what the page waits on in turn. */
  phases: {
    /** The document's scripts fetched and run. */
    domContentLoadedMs: number;
    firstGraphqlSentMs: number;
    /** The last GraphQL answer before the mark: the overview's figures, as a rule. */
    lastGraphqlAnsweredMs: number;
    graphqlRequests: number;
  };
}

const DIST = join(REPO_ROOT, 'apps/web/dist');
const gzippedKb = (pathInDist: string) => gzipSync(readFileSync(join(DIST, pathInDist))).length / 1000;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/**
 * What the overview needs before anything is loaded lazily, from Vite's build manifest: the
 * entry (index.html) and the overview page's chunk with everything they import statically.
 * Deterministic, unlike what a browser happens to have received by a given moment.
 */
function firstPageOfOverview(): WebFigures['firstPage'] {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const needed = new Set<string>();
  const visit = (key: string) => {
    if (needed.has(key)) return;
    needed.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/routes/OverviewPage.tsx');
  const chunks = [...needed].map((key) => manifest[key]!);
  return {
    jsGzipKb: chunks.reduce((total, chunk) => total + gzippedKb(chunk.file), 0),
    cssGzipKb: chunks.flatMap((chunk) => chunk.css ?? []).reduce((total, file) => total + gzippedKb(file), 0),
    jsFiles: chunks.length,
  };
}

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
    const phases = {
      domContentLoaded: [] as number[],
      firstGraphqlSent: [] as number[],
      lastGraphqlAnswered: [] as number[],
      graphqlRequests: [] as number[],
    };
    const median = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
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
        const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          name: entry.name,
          startTime: entry.startTime,
          responseEnd: entry.responseEnd,
        }));
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { renderedAt, resources, domContentLoaded: navigation.domContentLoadedEventEnd };
      }, OVERVIEW_RENDERED_MARK);
      await context.close();
      // The first load also warms the server's own caches; it is not counted.
      if (index === 0) continue;
      times.push(entries.renderedAt);
      const graphql = entries.resources.filter(
        (entry) => entry.name.endsWith('/graphql') && entry.responseEnd <= entries.renderedAt,
      );
      phases.domContentLoaded.push(entries.domContentLoaded);
      phases.firstGraphqlSent.push(Math.min(...graphql.map((entry) => entry.startTime)));
      phases.lastGraphqlAnswered.push(Math.max(...graphql.map((entry) => entry.responseEnd)));
      phases.graphqlRequests.push(graphql.length);
      // Resource timing lists the document's own scripts and preloads too: each file once.
      const scripts = new Set(
        entries.resources
          .map((entry) => entry.name)
          .filter((name) => name.includes('/assets/') && name.endsWith('.js')),
      );
      wholeOverviewPage ??= {
        jsGzipKb: [...scripts].reduce((total, name) => total + gzippedKb(new URL(name).pathname), 0),
      };
    }
    times.sort((a, b) => a - b);
    return {
      firstPage: firstPageOfOverview(),
      wholeOverviewPage: wholeOverviewPage!,
      overviewRendered: { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), samples },
      phases: {
        domContentLoadedMs: median(phases.domContentLoaded),
        firstGraphqlSentMs: median(phases.firstGraphqlSent),
        lastGraphqlAnsweredMs: median(phases.lastGraphqlAnswered),
        graphqlRequests: median(phases.graphqlRequests),
      },
    };
  } finally {
    await browser.close();
  }
}
