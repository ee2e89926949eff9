import { describe, expect, it } from 'vitest';
import { planPageData } from '../../src/domain/plan-page-data';

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
    });
  });
});
