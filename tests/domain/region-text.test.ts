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

  it('knows text with no tokens', () => {
    expect(hasRegionTokens('Tell someone today.')).toBe(false);
    expect(hasRegionTokens('Call {emergency}.')).toBe(true);
  });
});
