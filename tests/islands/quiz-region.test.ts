// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { REGION_STORAGE_KEY } from '../../src/domain/region-choice';
import { REGION_ROLES, type RoleTexts } from '../../src/domain/region-text';
import { en } from '../../src/i18n/en';
import { regionFiller } from '../../src/islands/quiz/region';

const uk = Object.fromEntries(REGION_ROLES.map((role) => [role, `UK ${role}`])) as RoleTexts;

afterEach(() => localStorage.clear());

describe('quiz region text', () => {
  it('uses the neutral wording until a region is chosen', () => {
    const fill = regionFiller({ neutral: en.quiz.neutralRoles, uk });
    expect(fill('Tell {child-helpline}. They want {money:80}.')).toBe(
      'Tell a helpline for young people. They want 80.',
    );
  });

  it("fills in the reader's chosen region, money included", () => {
    localStorage.setItem(REGION_STORAGE_KEY, 'uk');
    expect(regionFiller({ neutral: en.quiz.neutralRoles, uk })('Call {child-report}: {money:80}')).toBe(
      'Call UK child-report: £80',
    );
  });

  it('falls back to neutral for a region it has no texts for', () => {
    localStorage.setItem(REGION_STORAGE_KEY, 'nz');
    expect(regionFiller({ neutral: en.quiz.neutralRoles, uk })('{police}')).toBe('the police');
  });
});
