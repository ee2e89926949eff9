// Export files and the stored record: versioned JSON, optionally sealed with a passphrase.
import * as v from 'valibot';
import { migratePlan } from './plan-migrations';
import {
  deriveKey,
  seal,
  sealedSchema,
  unsealWithPassphrase,
  WrongPassphraseError,
  type PassphraseKey,
  type Sealed,
} from './plan-crypto';
import type { Plan } from './plan-schema';

export const FILE_FORMAT = 'open-door-plan';
export const FILE_VERSION = 1;
/** Larger files are refused before they are read: a real plan is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

const fileSchema = v.union([
  v.object({
    format: v.literal(FILE_FORMAT),
    version: v.literal(FILE_VERSION),
    exportedAt: v.string(),
    sealed: sealedSchema,
  }),
  v.object({
    format: v.literal(FILE_FORMAT),
    version: v.literal(FILE_VERSION),
    exportedAt: v.string(),
    plan: v.unknown(),
  }),
]);

/** Why a file could not be used; the page turns each into a plain sentence. */
export type ImportProblem =
  'too-large' | 'empty' | 'not-json' | 'not-open-door' | 'newer-version' | 'damaged' | 'wrong-passphrase';

export type ReadResult =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'needs-passphrase'; sealed: Sealed }
  | { kind: 'problem'; problem: ImportProblem };

export function exportPlainFile(plan: Plan, now: Date): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), plan }, null, 2);
}

export async function exportSealedFile(plan: Plan, passphrase: string, now: Date): Promise<string> {
  const sealed = await seal(plan, await deriveKey(passphrase));
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), sealed }, null, 2);
}

/** Reads an export file's text. Nothing here writes anything: the caller decides, after showing what changes. */
export function readPlanFile(text: string, sizeInBytes: number): ReadResult {
  if (sizeInBytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES)
    return { kind: 'problem', problem: 'too-large' };
  if (text.trim() === '') return { kind: 'problem', problem: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'problem', problem: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FILE_FORMAT) {
    return { kind: 'problem', problem: 'not-open-door' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > FILE_VERSION) return { kind: 'problem', problem: 'newer-version' };
  const file = v.safeParse(fileSchema, json);
  if (!file.success) return { kind: 'problem', problem: 'damaged' };
  if ('sealed' in file.output) return { kind: 'needs-passphrase', sealed: file.output.sealed };
  if (!('plan' in json)) return { kind: 'problem', problem: 'damaged' };
  return planResult(file.output.plan);
}

export async function openSealedFile(
  sealed: Sealed,
  passphrase: string,
): Promise<ReadResult & { key?: PassphraseKey }> {
  try {
    const { value, key } = await unsealWithPassphrase(sealed, passphrase);
    return { ...planResult(value), key };
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { kind: 'problem', problem: 'wrong-passphrase' };
    // Anything else (a salt or IV the browser's crypto refuses) means the file is damaged.
    return { kind: 'problem', problem: 'damaged' };
  }
}

function planResult(value: unknown): ReadResult {
  const migrated = migratePlan(value);
  if (migrated.ok) return { kind: 'plan', plan: migrated.plan };
  return { kind: 'problem', problem: migrated.reason === 'newer-version' ? 'newer-version' : 'damaged' };
}

/** What an import would replace, so the person can confirm with their eyes open. */
export function describePlan(plan: Plan): {
  children: number;
  talks: number;
  agreements: number;
  trustedAdults: number;
  checkIns: number;
} {
  return {
    children: plan.children.length,
    talks: plan.talks.length,
    agreements: plan.agreements.length,
    trustedAdults: plan.trustedAdults.length,
    checkIns: plan.checkIns.length,
  };
}
