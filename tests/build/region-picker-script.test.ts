// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionPickerScript } from '../../src/build/region-picker-script';
import { installRegionPicker } from '../../src/client/region-picker';
import type { RegionId } from '../../src/domain/help-routes';
import { REGION_IDS } from '../../src/domain/regions';
import { suggestionTable } from '../../src/domain/region-suggest';

const regions: { region: RegionId; languageHints: string[] }[] = [
  { region: 'uk', languageHints: ['en-GB'] },
  { region: 'ie', languageHints: ['en-IE', 'ga'] },
  { region: 'us', languageHints: ['en-US'] },
  { region: 'ca', languageHints: ['en-CA', 'fr-CA'] },
  { region: 'au', languageHints: ['en-AU'] },
  { region: 'nz', languageHints: ['en-NZ', 'mi'] },
  { region: 'anywhere', languageHints: [] },
];

const languageLists: string[][] = [
  [],
  ['en'],
  ['en-GB'],
  ['en-us', 'en'],
  ['fr-FR', 'fr-CA'],
  ['fr'],
  ['ga-IE'],
  ['mi'],
  ['de-DE', 'en-NZ', 'en-GB'],
  ['EN-AU'],
  ['es-ES', 'ar'],
];

describe('suggestionTable', () => {
  it('refuses a hint two regions claim (a bare language would then suggest either)', () => {
    expect(() =>
      suggestionTable([
        { region: 'uk', languageHints: ['cy'] },
        { region: 'ie', languageHints: ['CY'] },
      ]),
    ).toThrow(/claimed by two regions/);
  });
});

/** The markup of RegionRoutes.astro that the picker reads (ids and routes left out). */
function block(): HTMLElement {
  const container = document.createElement('section');
  container.dataset['regionPicker'] = '';
  container.dataset['storageKey'] = 'opendoor:help-region';
  container.dataset['suggest'] = JSON.stringify(suggestionTable(regions));
  container.innerHTML =
    '<div class="regions__picker" hidden data-picker><select><option value="">All</option>' +
    regions.map(({ region }) => `<option value="${region}">${region}</option>`).join('') +
    '</select></div><ul data-region-links><li>links</li></ul>' +
    regions.map(({ region }) => `<section class="region" data-region="${region}"></section>`).join('');
  document.body.append(container);
  return container;
}

/** What a reader sees of a block: the picker's value, which regions show, and whether the picker replaced the links. */
function view(container: HTMLElement) {
  return {
    value: container.querySelector('select')!.value,
    // Before the module, critical.css hides every region but data-show's (checked against the stylesheet below).
    shown: [...container.querySelectorAll<HTMLElement>('section[data-region]')]
      .filter(
        (section) => !section.hidden && [undefined, '', section.dataset['region']].includes(container.dataset['show']),
      )
      .map((section) => section.dataset['region']),
    picker: !container.querySelector<HTMLElement>('[data-picker]')!.hidden,
    links: !container.querySelector<HTMLElement>('[data-region-links]')!.hidden,
  };
}

function setLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

describe('the picker drawn before the first paint', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    delete document.documentElement.dataset['region'];
  });

  const runEarly = (container: HTMLElement) =>
    new Function('document', 'navigator', regionPickerScript)(
      { documentElement: document.documentElement, currentScript: { parentElement: container } },
      navigator,
    );

  it('shows exactly what the picker module then shows, so nothing moves when it arrives', () => {
    for (const remembered of [undefined, 'nz', 'atlantis'])
      for (const languages of languageLists) {
        document.body.innerHTML = '';
        if (remembered) document.documentElement.dataset['region'] = remembered;
        else delete document.documentElement.dataset['region'];
        setLanguages(languages);
        const early = block();
        runEarly(early);
        const drawnEarly = view(early);
        installRegionPicker();
        expect(view(early), `${remembered} ${languages.join(',')}`).toEqual(drawnEarly);
        expect(early.dataset['show'], "the module hands over to the regions' own hidden").toBeUndefined();
        const late = block();
        installRegionPicker();
        expect(view(late), `${remembered} ${languages.join(',')}`).toEqual(drawnEarly);
      }
  });

  it('shows the suggested region alone, with the picker in place of the links', () => {
    setLanguages(['en-US', 'en']);
    const container = block();
    runEarly(container);
    expect(view(container)).toEqual({ value: 'us', shown: ['us'], picker: true, links: false });
  });

  it('follows a choice in the picker before its module arrives (or if it never does)', () => {
    setLanguages(['en-GB']);
    const container = block();
    runEarly(container);
    const select = container.querySelector('select')!;
    for (const [value, shown] of [
      ['nz', ['nz']],
      ['', regions.map(({ region }) => region)],
    ] as const) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      expect(view(container).shown).toEqual(shown);
    }
  });

  it('shows every region where nothing is remembered or suggested', () => {
    setLanguages(['de-DE']);
    const container = block();
    runEarly(container);
    expect(view(container)).toEqual({
      value: '',
      shown: regions.map(({ region }) => region),
      picker: true,
      links: false,
    });
  });
});

describe("the first view's stylesheet", () => {
  it('hides the other regions for every region the picker can show', () => {
    const css = readFileSync(join(process.cwd(), 'src/styles/critical.css'), 'utf8');
    for (const region of REGION_IDS)
      expect(css).toContain(`[data-show='${region}'] > .region:not([data-region='${region}'])`);
  });
});
