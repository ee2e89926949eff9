import { withBase } from '../domain/paths';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../domain/locales';

/**
 * A site route in a language, with the configured base path in front (for hosting under a sub-path):
 * route('/talk/', 'es') -> "/es/talk/". Pages pass their own language (pageLocale(Astro)).
 */
export function route(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return withBase(import.meta.env.BASE_URL, localizedPath(path, locale));
}
