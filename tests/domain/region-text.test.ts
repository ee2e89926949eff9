import { describe, expect, it } from 'vitest';
import {
  fillRegionText,
  formatMoney,
  hasRegionTokens,
  splitRegionText,
  type RoleTexts,
} from '../../src/domain/region-text';

const roles = {
  emergency: '999',
  'child-helpline': 'Childline (0800 1111)',
} as RoleTexts;

describe('region text', () => {
  it('splits roles and money out of plain text, in order', () => {
    expect(splitRegionText('Call {emergency}, they want {money:300}.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'role', role: 'emergency' },
      { kind: 'text', text: ', they want ' },
      { kind: 'money', amount: 300 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('throws on a token that names no role, so a typo fails the build', () => {
    expect(() => splitRegionText('Call {emergancy}')).toThrow(/Unknown region token \{emergancy\}/);
    expect(() => splitRegionText('Pay {money}')).toThrow(/Unknown region token/);
  });

  it('fills a region in, with its currency', () => {
    expect(fillRegionText('Call {emergency} or {child-helpline}; {money:80}', 'uk', roles)).toBe(
      'Call 999 or Childline (0800 1111); £80',
    );
    expect(formatMoney(80, 'ie')).toBe('€80');
    expect(formatMoney(12.5, 'us')).toBe('$12.50');
  });

  it('writes money as each language does: Spanish puts £ and € after the figure, Arabic keeps the amount left-to-right', () => {
    // Spanish: pounds and euros after the figure with a (non-breaking) space and a decimal comma, as in Spain;
    // dollars before it, as in the Americas.
    expect(formatMoney(300, 'uk', 'es')).toBe('300\u00a0£');
    expect(formatMoney(80, 'ie', 'es')).toBe('80\u00a0€');
    expect(formatMoney(12.5, 'ie', 'es')).toBe('12,50\u00a0€');
    expect(formatMoney(300, 'us', 'es')).toBe('$300');
    expect(formatMoney(300, 'neutral', 'es')).toBe('300\u00a0£/300\u00a0€/$300');
    // Arabic: the amount as written in English, isolated left-to-right (LRI ... PDI) so the sign stays before the
    // digits and the neutral list keeps its order inside right-to-left text.
    expect(formatMoney(300, 'uk', 'ar')).toBe('\u2066£300\u2069');
    expect(formatMoney(300, 'neutral', 'ar')).toBe('\u2066£300/€300/$300\u2069');
    expect(fillRegionText('دفعت {money:50}.', 'us', roles, 'ar')).toBe('دفعت \u2066$50\u2069.');
    // English, and any other language tag, as before.
    expect(formatMoney(300, 'neutral', 'en-GB')).toBe('£300/€300/$300');
  });

  it('knows text with no tokens', () => {
    expect(hasRegionTokens('Tell someone today.')).toBe(false);
    expect(hasRegionTokens('Call {emergency}.')).toBe(true);
  });
});
