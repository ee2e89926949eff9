import type { BandId } from '../domain/bands';
import { QUIZ_PROGRESS_VERSION, type QuizProgress } from '../domain/quiz';
import { databaseExists, lazyConnection, openDatabase, STORES, type OpenDoorDatabase } from './db';
import { createPendingCopy } from './pending-copy';

/** Stored progress is from a newer version of Open Door: it is kept, and not overwritten by this one. */
export class NewerQuizProgressError extends Error {
  constructor() {
    super('Quiz progress was saved by a newer version');
    this.name = 'NewerQuizProgressError';
  }
}

/**
 * Quiz progress per band, kept only in this browser. Reading never creates the database (only saving does,
 * when the quiz is started). Older progress is migrated by domain/quiz.ts (migrateQuizProgress in resumeQuiz);
 * progress from a newer version is reported, never dropped or overwritten.
 */
export interface QuizStore {
  /** The band's stored progress as it is (validated and migrated by domain/quiz.ts resumeQuiz()). */
  load(band: BandId): Promise<unknown>;
  /** The band's progress from a save the page went away during (storage/pending-copy.ts), or undefined. */
  pending(band: BandId): unknown;
  /** Keeps a copy at once, then saves; the copy goes when the save is done. */
  save(progress: QuizProgress): Promise<void>;
  clear(band: BandId): Promise<void>;
}

export function createQuizStore(open: () => Promise<OpenDoorDatabase> = openDatabase): QuizStore {
  const connection = lazyConnection(open);
  const existing = async () => (connection.open || (await databaseExists()) ? connection.get() : undefined);
  const copyOf = (band: BandId) => createPendingCopy<QuizProgress>(`${STORES.quizProgress}:${band}`);
  return {
    async load(band) {
      const raw = await (await existing())?.get(STORES.quizProgress, band);
      if (isNewer(raw)) throw new NewerQuizProgressError();
      return raw;
    },
    pending: (band) => copyOf(band).read(),
    async save(progress) {
      const copy = copyOf(progress.band);
      copy.keep(progress);
      const transaction = (await connection.get()).transaction(STORES.quizProgress, 'readwrite');
      const stored: unknown = await transaction.store.get(progress.band);
      if (isNewer(stored)) {
        copy.discard();
        transaction.done.catch(() => undefined);
        transaction.abort();
        throw new NewerQuizProgressError();
      }
      await Promise.all([transaction.store.put(progress), transaction.done]);
      copy.settle(progress);
    },
    async clear(band) {
      copyOf(band).discard();
      const database = await existing();
      if (database) await database.delete(STORES.quizProgress, band);
    },
  };
}

function isNewer(stored: unknown): boolean {
  const version = (stored as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  return typeof version === 'number' && version > QUIZ_PROGRESS_VERSION;
}
