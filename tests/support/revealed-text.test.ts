import { describe, expect, it } from 'vitest';
import { revealedText } from './revealed-text';

describe('revealedText', () => {
  it('shows a name kept in the clear, in a field or inside a base64 value', () => {
    expect(revealedText('{"name":"Bee"}')).toContain('Bee');
    const hidden = Buffer.from('{"children":[{"name":"Bee"}]}').toString('base64');
    expect(hidden).not.toContain('Bee');
    expect(revealedText({ sealed: { data: hidden } })).toContain('Bee');
  });

  it('does not read a name into base64 that only spells it', () => {
    const spellsBee = 'wwBeeB0GBgaFqeclDpbM1aP41ITqPuBb';
    expect(revealedText(JSON.stringify({ sealed: { data: spellsBee } }))).not.toContain('Bee');
  });
});
