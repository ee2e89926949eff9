import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_ROOT = join(import.meta.dirname, '../../src/content');

/** Every file under a content folder with the given extension, recursively. */
export function contentFiles(folder: string, extension: string): string[] {
  const root = join(CONTENT_ROOT, folder);
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
