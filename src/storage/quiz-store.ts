import type { BandId } from '../domain/bands';
import type { QuizProgress } from '../domain/quiz';
import { lazyConnection, openDatabase, STORES, type OpenDoorDatabase } from './db';

/** Quiz progress per band, kept only in this browser. Raw values are validated by domain/quiz resumeQuiz(). */
export interface QuizStore {
  load(band: BandId): Promise<unknown>;
  save(progress: QuizProgress): Promise<void>;
  clear(band: BandId): Promise<void>;
}

export function createQuizStore(open: () => Promise<OpenDoorDatabase> = openDatabase): QuizStore {
  const db = lazyConnection(open).get;
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
