import type { Page } from '@playwright/test';

/**
 * From now until the page goes, IndexedDB saves to this store are aborted as they start: what happens to a save
 * still in flight when the page is reloaded, closed or left by quick exit.
 */
export async function cutSavesShort(page: Page, storeName: string): Promise<void> {
  await page.evaluate((name) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      if (this.name === name) this.transaction.abort();
      return request;
    };
  }, storeName);
}

/** The names of the copies kept while a save runs (storage/pending-copy.ts). */
export const pendingCopies = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('open-door-plan-copy:')));
