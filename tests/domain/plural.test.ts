import { describe, expect, it } from 'vitest';
import { pluralText, type PluralWords } from '../../src/domain/plural';
import { minutesLabel } from '../../src/domain/scripts';
import { strings } from '../../src/i18n';

const words = (other: string, overrides: Partial<PluralWords> = {}): PluralWords => ({
  zero: other,
  one: other,
  two: other,
  few: other,
  many: other,
  other,
  ...overrides,
});

describe('pluralText', () => {
  it("picks the language's own plural form and fills {n}", () => {
    const english = words('{n} minutes', { one: '{n} minute' });
    expect(pluralText(1, english, 'en-GB')).toBe('1 minute');
    expect(pluralText(10, english, 'en-GB')).toBe('10 minutes');
    // Arabic: 3 to 10 take the plural (few), 11 to 99 the singular (many).
    const arabic = words('{n} دقيقة', { few: '{n} دقائق' });
    expect(pluralText(5, arabic, 'ar')).toBe('5 دقائق');
    expect(pluralText(10, arabic, 'ar')).toBe('10 دقائق');
    expect(pluralText(12, arabic, 'ar')).toBe('12 دقيقة');
  });

  it('falls back to "other" for an unknown locale tag', () => {
    expect(pluralText(2, words('{n} things', { one: '{n} thing' }), '')).toBe('2 things');
  });
});

describe('minutesLabel', () => {
  it('reads "About N minutes" in each language', () => {
    expect(minutesLabel(10, strings('en').script.minutes, strings('en').locale)).toBe('About 10 minutes');
    expect(minutesLabel(1, strings('en').script.minutes, strings('en').locale)).toBe('About 1 minute');
    expect(minutesLabel(10, strings('es').script.minutes, strings('es').locale)).toBe('Unos 10 minutos');
    expect(minutesLabel(1, strings('es').script.minutes, strings('es').locale)).toBe('Alrededor de 1 minuto');
    expect(minutesLabel(8, strings('ar').script.minutes, strings('ar').locale)).toBe('نحو 8 دقائق');
    expect(minutesLabel(15, strings('ar').script.minutes, strings('ar').locale)).toBe('نحو 15 دقيقة');
  });
});
