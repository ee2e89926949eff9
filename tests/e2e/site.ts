import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '../../dist');

/** The languages with their own prefix (English is at the root); src/domain/locales.ts holds the same list. */
export const PREFIXED_LOCALES = ['es', 'ar'] as const;

/**
 * Every route of one language in the built sitemap, as a path ("/talk/4-7/", "/ar/talk/4-7/"), plus the pages kept
 * out of it on purpose. English unless a language is named.
 */
export function builtRoutes(locale: 'en' | (typeof PREFIXED_LOCALES)[number] = 'en'): string[] {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const fromSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const prefix = locale === 'en' ? '' : `/${locale}`;
  const inLanguage = fromSitemap.filter((route) =>
    locale === 'en'
      ? !PREFIXED_LOCALES.some((other) => route.startsWith(`/${other}/`))
      : route.startsWith(`${prefix}/`),
  );
  return [...new Set([...inLanguage, `${prefix}/offline/`])];
}

/**
 * A language's pages its service worker left out of the precache, to keep once read (scripts/build-sw.mjs writes
 * the list beside the worker).
 */
export function keptOnceRead(locale: 'en' | (typeof PREFIXED_LOCALES)[number] = 'en'): string[] {
  const own = locale === 'en' ? '' : `${locale}/`;
  return JSON.parse(readFileSync(join(DIST, own, 'keep-offline.json'), 'utf8')) as string[];
}

/** One route of each kind, for the checks that run in every language (the English runs every route). */
export const ROUTE_KINDS = [
  '/',
  '/help/',
  '/help/young-person/',
  '/help/young-person/already-paid/',
  '/help/routes/',
  '/talk/',
  '/talk/11-13/',
  '/talk/14-17/if-it-ever-happens/',
  '/talk/through-their-eyes/',
  '/quiz/',
  '/quiz/14-17/',
  '/plan/',
  '/schools/',
  '/schools/poster/',
  '/privacy/',
  '/about/',
  '/offline/',
];

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

/**
 * Waits until the shell has run (quick exit's click and shortcuts listen, the language switcher remembers a choice)
 * and the rest of the stylesheet applies: they join once the first screen has painted
 * (src/build/after-paint-script.ts), which can be just after the load event that page.goto waits for.
 */
export async function waitForShell(page: Page): Promise<void> {
  await page.locator('a[data-quick-exit][data-ready]').first().waitFor({ state: 'attached' });
  await page.locator('html[data-after-load]').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => (sheet.ownerNode as Element | null)?.matches('[data-rest-css]')),
  );
}
