import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../src/domain/regions';
import { REGION_ROLES, fillRegionText, formatMoney } from '../../src/domain/region-text';
import { fillDeep, regionFromRoot } from '../../src/domain/region-fill';
import { REGION_STORAGE_KEY } from '../../src/domain/region-choice';
import { REGION_HEAD_IDS, REGION_HEAD_KEY, regionHeadScript } from '../../src/build/region-head-script';
import { fillRegionHtml, neutralRegionTextHtml, regionTextHtml } from '../../src/build/region-html';
import { buildRoleTable, roleTextTable } from '../../src/domain/region-roles';
import { ar } from '../../src/i18n/ar';
import { helpRegions, roleTable, roleTexts } from '../content/role-table';

describe('region role table (from the help-route data)', () => {
  it('fills every role in every region with words, never an empty reading', () => {
    for (const region of [...REGION_IDS, 'neutral'] as const) {
      for (const role of REGION_ROLES) {
        expect(roleTexts[region][role].length, `${region} ${role}`).toBeGreaterThan(2);
      }
    }
  });

  it("reads each country's own numbers", () => {
    expect(roleTexts.uk.emergency).toBe('999');
    expect(roleTexts.ie.emergency).toBe('112 or 999');
    expect(roleTexts.ie['child-helpline']).toBe('Childline (1800 66 66 66)');
    expect(roleTexts.uk['child-helpline']).toBe('Childline (0800 1111)');
    expect(roleTexts.us['crisis-line']).toContain('988');
    expect(roleTexts.ca['child-helpline']).toContain('1-800-668-6868');
    expect(roleTexts.au['crisis-line']).toContain('13 11 14');
    expect(roleTexts.nz['crisis-line']).toContain('1737');
    expect(roleTexts.anywhere.emergency).toBe('your local emergency number');
  });

  it("never lets one country's number into another country's reading", () => {
    const ukOnly = ['0800 1111', 'CEOP', '101', 'NSPCC'];
    for (const region of REGION_IDS.filter((id) => id !== 'uk')) {
      const all = Object.values(roleTexts[region]).join(' | ');
      for (const marker of ukOnly) expect(all, `${region} has ${marker}`).not.toContain(marker);
    }
    const nonUs = Object.values(roleTexts.ie).join(' ');
    expect(nonUs).not.toMatch(/\b911\b|988/);
  });

  it('labels every number in the neutral reading with its country', () => {
    expect(roleTexts.neutral.emergency).toBe(
      "your country's emergency number: 999 UK, 112 or 999 Ireland, 911 US and Canada, 000 Australia, 111 New Zealand",
    );
    expect(roleTexts.neutral['child-helpline']).toMatch(
      /UK: Childline \(0800 1111\); Ireland: Childline \(1800 66 66 66\)/,
    );
    expect(roleTexts.neutral['child-report']).toBe(
      "your country's child-protection reporting service (see help by country)",
    );
  });

  it('punctuates the neutral lists as the language does (Arabic commas, and «و» joined to the next word)', () => {
    const text = ar.regionText;
    const table = buildRoleTable(helpRegions, {
      roles: text.neutral,
      or: text.or,
      and: text.and,
      seeByCountry: text.seeByCountry,
      list: text.list,
    });
    const neutral = roleTextTable(table, text.or).neutral;
    expect(neutral.emergency).toBe(
      `${text.neutral.emergency}: 999 UK، 112 or 999 Ireland، 911 US وCanada، 000 Australia، 111 New Zealand`,
    );
    expect(neutral['child-helpline']).toContain('UK: Childline (0800 1111)؛ Ireland');
  });

  it('fills every role from routes of the same region, in the data', () => {
    for (const region of helpRegions) {
      for (const filler of Object.values(region.roles).flat()) {
        if (typeof filler === 'string') expect(region.routes.map((route) => route.id)).toContain(filler);
      }
    }
  });
});

describe('money and filling', () => {
  it('writes money in the region currency, and all three before a choice or for anywhere else', () => {
    expect(formatMoney(300, 'uk')).toBe('£300');
    expect(formatMoney(300, 'ie')).toBe('€300');
    expect(formatMoney(300, 'au')).toBe('$300');
    expect(formatMoney(300, 'neutral')).toBe('£300/€300/$300');
    expect(formatMoney(300, 'anywhere')).toBe('£300/€300/$300');
  });

  it('fills nested island content and falls back to neutral for an unknown region', () => {
    expect(regionFromRoot('nz')).toBe('nz');
    expect(regionFromRoot('xx')).toBe('neutral');
    expect(regionFromRoot(undefined)).toBe('neutral');
    const filled = fillDeep({ a: ['Pay {money:50}?', { b: 'Call {emergency}' }], n: 3 }, 'us', roleTexts);
    expect(filled).toEqual({ a: ['Pay $50?', { b: 'Call 911' }], n: 3 });
    expect(fillRegionText('{crisis-line}', 'ca', roleTexts.ca)).toBe('9-8-8 (call or text)');
  });
});

describe('region HTML', () => {
  it('renders one span per region and the neutral one, escaping text', () => {
    const html = regionTextHtml('A & B: call {emergency}', roleTable, 'or');
    expect(html.startsWith('A &#38; B: call <span class="rt">')).toBe(true);
    for (const region of [...REGION_IDS, 'neutral']) expect(html).toContain(`data-r="${region}"`);
    expect(html).toContain('<span data-r="ie">112 or 999</span>');
  });

  it("writes money in every reading the way the page's language does", () => {
    const spanish = regionTextHtml('{money:80}', roleTable, 'o', 'es');
    expect(spanish).toContain('<span data-r="ie">80\u00a0€</span>');
    expect(spanish).toContain('<span data-r="us">$80</span>');
    expect(neutralRegionTextHtml('{money:80}', roleTable, 'o', 'es')).toBe('80\u00a0£/80\u00a0€/$80');
    expect(fillRegionHtml('<p>{money:80}</p>', roleTable, 'أو', 'ar')).toContain(
      '<span data-r="uk">\u2066£80\u2069</span>',
    );
    expect(fillDeep({ a: ['Pay {money:50}?'] }, 'ie', roleTexts, 'es')).toEqual({ a: ['Pay 50\u00a0€?'] });
  });

  it('gives markup shown only without JavaScript just the labelled neutral reading', () => {
    const html = neutralRegionTextHtml('A & B: call {emergency}, not {money:80}', roleTable, 'or');
    expect(html).not.toContain('data-r=');
    expect(html).toBe(
      `A &#38; B: call ${regionTextHtml('{emergency}', roleTable, 'or').match(/<span data-r="neutral">(.*?)<\/span>/)![1]}, not ${regionTextHtml('{money:80}', roleTable, 'or').match(/<span data-r="neutral">(.*?)<\/span>/)![1]}`,
    );
  });

  it('links routes in a region reading, and leaves attributes of rendered HTML alone', () => {
    const html = fillRegionHtml('<p title="{x}">Talk to {child-helpline}.</p>', roleTable, 'or');
    expect(html).toContain('<p title="{x}">');
    expect(html).toContain('<a href="https://www.childline.org.uk/">Childline (0800 1111)</a>');
  });
});

describe('the head script', () => {
  it('knows exactly the region ids and the storage key the rest of the site uses', () => {
    expect(REGION_HEAD_IDS).toEqual([...REGION_IDS]);
    expect(REGION_HEAD_KEY).toBe(REGION_STORAGE_KEY);
  });

  it('stays tiny (it is inlined in every page)', () => {
    expect(regionHeadScript.length).toBeLessThan(300);
  });

  it('marks the page as running JavaScript and applies the region from the address, before first paint', () => {
    const dataset: Record<string, string> = {};
    const stored = new Map<string, string>();
    const run = new Function('document', 'location', 'localStorage', regionHeadScript);
    run(
      { documentElement: { dataset } },
      { search: '?region=nz' },
      { setItem: (key: string, value: string) => stored.set(key, value), getItem: (key: string) => stored.get(key) },
    );
    expect(dataset).toEqual({ js: '', region: 'nz' });
    expect(stored.get(REGION_HEAD_KEY)).toBe('nz');
  });
});
