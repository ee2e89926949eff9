import { describe, expect, it } from 'vitest';
import { formatPlanDay, readerLocale } from '../../src/domain/reader-date';

describe('readerLocale', () => {
  it("uses the browser's own variety of the page's language", () => {
    expect(readerLocale('en-GB', ['en-US', 'en'])).toBe('en-US');
    expect(readerLocale('en', ['fr-FR', 'en-IE'])).toBe('en-IE');
    expect(readerLocale('es', ['es-MX'])).toBe('es-MX');
  });

  it("keeps the page's locale when the browser reads another language, or says nothing", () => {
    expect(readerLocale('en-GB', ['fr-FR', 'de'])).toBe('en-GB');
    expect(readerLocale('en-GB', [])).toBe('en-GB');
  });

  it('skips a language tag Intl cannot use', () => {
    expect(readerLocale('en-GB', ['en-', 'en-AU'])).toBe('en-AU');
  });
});

describe('formatPlanDay', () => {
  it("writes a calendar day in the reader's format", () => {
    expect(formatPlanDay('2026-12-05', 'en-US')).toBe('December 5, 2026');
    expect(formatPlanDay('2026-12-05', 'en-GB')).toBe('5 December 2026');
    expect(formatPlanDay('2026-12-05', 'es')).toBe('5 de diciembre de 2026');
  });

  it('never shifts the day, whatever the time zone', () => {
    expect(formatPlanDay('2027-01-01', 'en-GB')).toBe('1 January 2027');
    expect(formatPlanDay('2026-03-29', 'en-GB')).toBe('29 March 2026');
  });

  it("falls back to the browser's own format when the locale is unusable", () => {
    expect(formatPlanDay('2026-12-05', '')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 5)),
    );
  });

  it('leaves anything that is not a real day as it was', () => {
    expect(formatPlanDay('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(formatPlanDay('soon', 'en-GB')).toBe('soon');
  });
});
