import { withBase } from '../domain/paths';

/** A site route with the configured base path in front (for hosting under a sub-path). */
export function route(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
