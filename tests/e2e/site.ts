import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '../../dist');

/** Every route in the built sitemap, as a path ("/talk/4-7/"), plus the pages kept out of it on purpose. */
export function builtRoutes(): string[] {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const fromSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...fromSitemap, '/offline/'];
}

/** Routes that must read fully with JavaScript off: every one, since the quiz has a static version too. */
export function contentRoutes(): string[] {
  return builtRoutes();
}

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** Starts recording what must never happen on a page: console errors, CSP violations, other origins. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
    if (/content security policy/i.test(message.text())) problems.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  return problems;
}

/** Waits until the service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  });
}

/** The young person's own pages (issue 15): each must be in the sitemap, so every route check above covers it. */
export const YOUNG_PERSON_ROUTES = [
  '/help/tell-someone/',
  '/card/',
  '/help/report/',
  '/help/after/',
  '/help/apps/',
  '/help/apps/whatsapp/',
  '/help/apps/roblox/',
];
