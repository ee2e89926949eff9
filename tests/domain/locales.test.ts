import { describe, expect, it } from 'vitest';
import {
  localeOfPath,
  localizedPath,
  localizeLinks,
  pathWithoutLocale,
  preferredLocale,
  suggestedLocale,
  toLocale,
} from '../../src/domain/locales';

describe('language of a path', () => {
  it('reads the prefix, English at the root', () => {
    expect(localeOfPath('/es/talk/')).toBe('es');
    expect(localeOfPath('/ar/')).toBe('ar');
    expect(localeOfPath('/ar')).toBe('ar');
    expect(localeOfPath('/talk/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
    expect(localeOfPath('/en/talk/')).toBe('en');
    expect(localeOfPath('/escape/')).toBe('en');
  });

  it('gives the same page in another language', () => {
    expect(pathWithoutLocale('/es/talk/4-7/')).toBe('/talk/4-7/');
    expect(pathWithoutLocale('/es/')).toBe('/');
    expect(localizedPath('/talk/', 'ar')).toBe('/ar/talk/');
    expect(localizedPath('/es/help/', 'ar')).toBe('/ar/help/');
    expect(localizedPath('/ar/help/', 'en')).toBe('/help/');
    expect(localizedPath('/', 'es')).toBe('/es/');
    expect(localizedPath('help/', 'es')).toBe('/es/help/');
  });

  it('falls back to English for anything unknown', () => {
    expect(toLocale('fr')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('ar')).toBe('ar');
  });
});

describe('the language to suggest (never to redirect to)', () => {
  it('takes the first browser language Open Door has', () => {
    expect(preferredLocale(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(preferredLocale(['AR-eg'])).toBe('ar');
    expect(preferredLocale(['fr', 'de'])).toBeUndefined();
  });

  it('prefers the reader’s own choice, says nothing on their language or once dismissed', () => {
    expect(suggestedLocale('en', null, ['es-ES'], false)).toBe('es');
    expect(suggestedLocale('es', null, ['es-ES'], false)).toBeUndefined();
    expect(suggestedLocale('es', 'en', ['es-ES'], false)).toBe('en');
    expect(suggestedLocale('en', 'en', ['ar'], false)).toBeUndefined();
    expect(suggestedLocale('en', null, ['es-ES'], true)).toBeUndefined();
    expect(suggestedLocale('en', 'nonsense', ['fr'], false)).toBeUndefined();
  });
});

describe('links inside translated HTML', () => {
  it('point to the page in the same language, leaving files, other sites and prefixed links alone', () => {
    const html =
      '<a href="/help/parent/">p</a> <a href="/">h</a> <a href="/schools/qr/home.svg">q</a> <a href="https://x.org/help/">x</a> <a href="/es/talk/">t</a>';
    expect(localizeLinks(html, '/', 'es')).toBe(
      '<a href="/es/help/parent/">p</a> <a href="/es/">h</a> <a href="/schools/qr/home.svg">q</a> <a href="https://x.org/help/">x</a> <a href="/es/talk/">t</a>',
    );
    expect(localizeLinks(html, '/', 'en')).toBe(html);
  });

  it("point an official page at its version in the page's language where one exists", () => {
    const html = '<a href="https://takeitdown.ncmec.org/">t</a> <a href="https://takeitdown.ncmec.org/faq/">f</a>';
    expect(localizeLinks(html, '/', 'es')).toBe(
      '<a href="https://takeitdown.ncmec.org/es/">t</a> <a href="https://takeitdown.ncmec.org/faq/">f</a>',
    );
    expect(localizeLinks(html, '/', 'ar')).toContain('href="https://takeitdown.ncmec.org/ar/"');
    expect(localizeLinks(html, '/', 'en')).toBe(html);
  });

  it('keeps the base path in front', () => {
    expect(localizeLinks('<a href="/open-door/help/">p</a> <a href="/help/">o</a>', '/open-door/', 'ar')).toBe(
      '<a href="/open-door/ar/help/">p</a> <a href="/help/">o</a>',
    );
  });
});
