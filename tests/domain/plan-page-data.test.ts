import { describe, expect, it } from 'vitest';
import { planPageData } from '../../src/domain/plan-page-data';
import type { RoleTextTable } from '../../src/domain/region-fill';
import { REGION_ROLES, type RoleTexts } from '../../src/domain/region-text';

/** A role table where every role reads "<role> in <region>". */
function roleTable(): RoleTextTable {
  const regions = ['uk', 'ie', 'us', 'ca', 'au', 'nz', 'anywhere', 'neutral'] as const;
  const texts = (region: string) =>
    Object.fromEntries(REGION_ROLES.map((role) => [role, `${role} in ${region}`])) as RoleTexts;
  return Object.fromEntries(regions.map((region) => [region, texts(region)])) as RoleTextTable;
}

describe('planPageData', () => {
  it('shapes bands, scripts per band and help routes (phone only where there is one; no 18+ routes on a child card)', () => {
    const data = planPageData(
      [{ id: '8-10', label: 'Ages 8 to 10' }],
      (band) => [{ topic: 't', title: `Talk for ${band}`, href: '/talk/8-10/t/' }],
      [
        {
          region: 'uk',
          name: 'United Kingdom',
          routes: [
            {
              name: 'Line',
              url: 'https://example.org/',
              serves: 'under-18',
              phone: { display: '0800 0', dial: '08000' },
            },
            { name: 'Site', url: 'https://example.org/b', serves: 'anyone' },
            { name: 'Adults only', url: 'https://example.org/c', serves: '18-plus' },
          ],
        },
      ],
      roleTable(),
    );
    expect(data).toEqual({
      bands: [{ id: '8-10', label: 'Ages 8 to 10' }],
      scripts: { '8-10': [{ topic: 't', title: 'Talk for 8-10', href: '/talk/8-10/t/' }] },
      regions: [
        {
          id: 'uk',
          name: 'United Kingdom',
          routes: [
            { name: 'Line', url: 'https://example.org/', phone: '0800 0', dial: '08000' },
            { name: 'Site', url: 'https://example.org/b' },
          ],
        },
      ],
      // No script text names a role, so no role text travels with the page.
      roles: Object.fromEntries(Object.keys(roleTable()).map((region) => [region, {}])),
    });
  });

  it("carries each script's follow-up and two-minute version, and only the role texts they name", () => {
    const data = planPageData(
      [{ id: '11-13', label: 'Ages 11 to 13' }],
      () => [
        {
          topic: 'if-it-ever-happens',
          title: 'If it ever happens',
          href: '/talk/11-13/if-it-ever-happens/',
          followUp: 'A week later, save {child-helpline} in their phone together.',
          inTwoMinutes: { say: ['One.', 'Two.', 'Three.'], avoid: 'Not this.' },
        },
      ],
      [],
      roleTable(),
    );
    expect(data.scripts['11-13']).toEqual([
      {
        topic: 'if-it-ever-happens',
        title: 'If it ever happens',
        href: '/talk/11-13/if-it-ever-happens/',
        followUp: 'A week later, save {child-helpline} in their phone together.',
        twoMinutes: { say: ['One.', 'Two.', 'Three.'], avoid: 'Not this.' },
      },
    ]);
    expect(data.roles.ie).toEqual({ 'child-helpline': 'child-helpline in ie' });
    expect(data.roles.neutral).toEqual({ 'child-helpline': 'child-helpline in neutral' });
  });
});
