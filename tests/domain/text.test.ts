import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/domain/text';

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillTemplate('Talks with {name} ({count})', { name: 'Ash', count: 3 })).toBe('Talks with Ash (3)');
    expect(fillTemplate('Hello {who}', {})).toBe('Hello {who}');
  });
});
