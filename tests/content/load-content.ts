import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_ROOT = join(import.meta.dirname, '../../src/content');

/**
 * Every file of one language under a content folder with the given extension, recursively: the English ones
 * unless a language is named (translations sit beside them, src/content/<folder>/<locale>/…).
 */
export function contentFiles(folder: string, extension: string, locale: string = 'en'): string[] {
  const root = join(CONTENT_ROOT, folder, locale);
  if (!existsSync(root)) return [];
  const walk = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return walk(path);
      return path.endsWith(extension) ? [path] : [];
    });
  return walk(root).sort();
}

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

export function contentName(path: string): string {
  return relative(CONTENT_ROOT, path);
}

/** What safeParse gives back, for any schema library the content uses (zod here). */
interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Each file that reads and matches the schema, for tests that look across files. Never throws at import time:
 * a file that is broken is left out here and reported by its own "matches the schema" test, which parses it
 * inside the test so that it can fail.
 */
export function validContent<T>(paths: readonly string[], schema: SafeParser<T>): T[] {
  return paths.flatMap((path) => {
    try {
      const result = schema.safeParse(readYaml(path));
      return result.success ? [result.data] : [];
    } catch {
      return [];
    }
  });
}
