import { describe, expect, test } from 'vitest';
import { guideTree, parentSlug } from '../../src/domain/guides';

const guide = (slug: string, title: string) => ({ slug, data: { title } });

describe('the guide tree', () => {
  test('a branch names the guide it sits under', () => {
    expect(parentSlug('young-person/already-paid')).toBe('young-person');
    expect(parentSlug('young-person')).toBeUndefined();
  });

  test('main guides have no parent; branches get their main guide for the breadcrumb', () => {
    const main = guide('young-person', "It's happening to me");
    const branch = guide('young-person/already-paid', 'I already paid');
    const parent = guide('parent', 'My child has told me');
    expect(guideTree([branch, main, parent])).toEqual([
      { guide: branch, parent: { slug: 'young-person', title: "It's happening to me" } },
      { guide: main, parent: undefined },
      { guide: parent, parent: undefined },
    ]);
  });

  test('a branch without its main guide stops the build, saying which file is missing', () => {
    expect(() => guideTree([guide('friend/what-to-say', 'What to say')])).toThrow(
      'The guide "friend/what-to-say" sits under "friend", which does not exist: add friend.md.',
    );
  });
});
