// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleTextTable } from '../../src/domain/region-fill';
import { REGION_IDS } from '../../src/domain/regions';
import { REGION_ROLES, type RoleTexts } from '../../src/domain/region-text';
import { regionFiller } from '../../src/islands/quiz/region';

const texts = (label: string) =>
  Object.fromEntries(REGION_ROLES.map((role) => [role, `${label} ${role}`])) as RoleTexts;
const table = Object.fromEntries([...REGION_IDS, 'neutral'].map((region) => [region, texts(region)])) as RoleTextTable;

afterEach(() => delete document.documentElement.dataset['region']);

describe('quiz region text', () => {
  it('uses the labelled neutral wording until the head script has set a region', () => {
    expect(regionFiller(table)('Tell {child-helpline}. They want {money:80}.')).toBe(
      'Tell neutral child-helpline. They want £80/€80/$80.',
    );
  });

  it('fills in the region on <html data-region>, money included', () => {
    document.documentElement.dataset['region'] = 'ie';
    expect(regionFiller(table)('Call {child-report}: {money:80}')).toBe('Call ie child-report: €80');
  });

  it('treats an unknown region on <html> as no choice', () => {
    document.documentElement.dataset['region'] = 'xx';
    expect(regionFiller(table)('{police}')).toBe('neutral police');
  });
});
