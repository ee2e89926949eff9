import { describe, expect, it } from 'vitest';
import { sourcesByPublisher } from '../../src/domain/source-list';

describe('sourcesByPublisher', () => {
  it('keeps one entry per URL and groups by publisher in alphabetical order', () => {
    const groups = sourcesByPublisher([
      { title: 'Sextortion', url: 'https://www.nspcc.org.uk/a/', publisher: 'NSPCC' },
      { title: 'Report Remove', url: 'https://www.childline.org.uk/r/', publisher: 'Childline' },
      { title: 'Sextortion again', url: 'https://www.nspcc.org.uk/a/', publisher: 'NSPCC' },
      { title: 'Advice', url: 'https://www.nspcc.org.uk/b/', publisher: 'NSPCC' },
    ]);
    expect(groups.map((group) => group.publisher)).toEqual(['Childline', 'NSPCC']);
    expect(groups[1]!.sources.map((source) => source.url)).toEqual([
      'https://www.nspcc.org.uk/b/',
      'https://www.nspcc.org.uk/a/',
    ]);
  });
});
