import { describe, expect, it } from 'vitest';
import { initialRegion, suggestRegion } from '../../src/domain/region-choice';
import type { RegionId } from '../../src/domain/help-routes';

const regions: { region: RegionId; languageHints: string[] }[] = [
  { region: 'uk', languageHints: ['en-GB'] },
  { region: 'ie', languageHints: ['en-IE', 'ga'] },
  { region: 'us', languageHints: ['en-US'] },
  { region: 'nz', languageHints: ['en-NZ', 'mi'] },
  { region: 'anywhere', languageHints: [] },
];

describe('suggestRegion', () => {
  it('matches a full language tag, whatever its case', () => {
    expect(suggestRegion(['en-gb'], regions)).toBe('uk');
    expect(suggestRegion(['en-US', 'en'], regions)).toBe('us');
  });

  it('matches a bare language claimed by one region only', () => {
    expect(suggestRegion(['ga'], regions)).toBe('ie');
    expect(suggestRegion(['mi-NZ'], regions)).toBe('nz');
  });

  it('suggests nothing for a language no region claims', () => {
    expect(suggestRegion(['fr-FR', 'de'], regions)).toBeUndefined();
    expect(suggestRegion([], regions)).toBeUndefined();
  });

  it('tries languages in the order the person prefers them', () => {
    expect(suggestRegion(['fr-FR', 'en-NZ', 'en-GB'], regions)).toBe('nz');
  });
});

describe('initialRegion', () => {
  it('prefers a remembered choice', () => {
    expect(initialRegion('ie', ['en-GB'], regions)).toBe('ie');
  });

  it('ignores a remembered value that is no longer a region', () => {
    expect(initialRegion('atlantis', ['en-US'], regions)).toBe('us');
    expect(initialRegion(null, ['de'], regions)).toBeUndefined();
  });
});
