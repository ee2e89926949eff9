import type { BandId } from '../domain/bands';
import type { QuizProgress } from '../domain/quiz';
import { migrateQuizProgress } from '../domain/quiz-migrations';
import { databaseExists, lazyConnection, openDatabase, STORES, type OpenDoorDatabase } from './db';

/** Stored progress is from a newer version of Open Door: it is kept, and not overwritten by this one. */
export class NewerQuizProgressError extends Error {
  constructor() {
    super('Quiz progress was saved by a newer version');
    this.name = 'NewerQuizProgressError';
  }
}

/**
 * Quiz progress per band, kept only in this browser. Reading never creates the database (only saving does,
 * when the quiz is started); stored progress is migrated to the current version (domain/quiz-migrations.ts).
 */
export interface QuizStore {
  /** The band's progress (migrated), or undefined when there is none or it can't be read. */
  load(band: BandId): Promise<QuizProgress | undefined>;
  save(progress: QuizProgress): Promise<void>;
  clear(band: BandId): Promise<void>;
}

export function createQuizStore(open: () => Promise<OpenDoorDatabase> = openDatabase): QuizStore {
  const connection = lazyConnection(open);
  const existing = async () => (connection.open || (await databaseExists()) ? connection.get() : undefined);
  return {
    async load(band) {
      const raw = await (await existing())?.get(STORES.quizProgress, band);
      if (raw === undefined) return undefined;
      const migrated = migrateQuizProgress(raw);
      if (migrated.ok) return migrated.progress;
      if (migrated.reason === 'newer-version') throw new NewerQuizProgressError();
      return undefined;
    },
    async save(progress) {
      const transaction = (await connection.get()).transaction(STORES.quizProgress, 'readwrite');
      const stored: unknown = await transaction.store.get(progress.band);
      const before = stored === undefined ? undefined : migrateQuizProgress(stored);
      if (before?.ok === false && before.reason === 'newer-version') {
        transaction.done.catch(() => undefined);
        transaction.abort();
        throw new NewerQuizProgressError();
      }
      await Promise.all([transaction.store.put(progress), transaction.done]);
    },
    async clear(band) {
      const database = await existing();
      if (database) await database.delete(STORES.quizProgress, band);
    },
  };
}
