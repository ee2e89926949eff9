import type { BandId } from '../domain/bands';
import type { QuizProgress } from '../domain/quiz';
import { openDatabase, STORES, type OpenDoorDatabase } from './db';

/** Quiz progress per band, kept only in this browser. Raw values are validated by domain/quiz resumeQuiz(). */
export interface QuizStore {
  load(band: BandId): Promise<unknown>;
  save(progress: QuizProgress): Promise<void>;
  clear(band: BandId): Promise<void>;
}

export function createQuizStore(open: () => Promise<OpenDoorDatabase> = openDatabase): QuizStore {
  let database: Promise<OpenDoorDatabase> | undefined;
  const db = () => {
    database ??= open().then((opened) => {
      // If another tab upgrades the database, this connection closes (db.ts); open a fresh one next time.
      const forget = () => (database = undefined);
      opened.addEventListener('versionchange', forget);
      opened.addEventListener('close', forget);
      return opened;
    });
    // A failed open is not remembered: the next call tries again.
    database.catch(() => (database = undefined));
    return database;
  };
  return {
    async load(band) {
      return (await db()).get(STORES.quizProgress, band);
    },
    async save(progress) {
      await (await db()).put(STORES.quizProgress, progress);
    },
    async clear(band) {
      await (await db()).delete(STORES.quizProgress, band);
    },
  };
}
