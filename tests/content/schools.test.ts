import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAND_IDS } from '../../src/domain/bands';
import { findBlamingLanguage } from '../../src/domain/blame';
import { linksIn } from '../../src/domain/linked-text';
import { isOfficialUrl } from '../../src/domain/official-domains';
import { schoolKitSchema, type SchoolKit } from '../../src/domain/school-kit';
import { contentFiles, contentName, readYaml } from './load-content';

const files = contentFiles('schools', '.yaml');
const kits: [string, SchoolKit][] = files.map((path) => [contentName(path), schoolKitSchema.parse(readYaml(path))]);
const english = kits.find(([name]) => name === 'schools/en/kit.yaml')![1];

/** Every route Open Door builds, from the content that makes them (the routes test checks the build itself). */
const SITE_ROUTES = new Set([
  '/',
  '/talk/',
  '/quiz/',
  '/plan/',
  '/help/',
  '/privacy/',
  '/about/',
  '/schools/',
  '/schools/poster/',
  '/schools/flyer/',
  ...BAND_IDS.flatMap((band) => [`/talk/${band}/`, `/quiz/${band}/`]),
  ...contentFiles('scripts', '.yaml').map((path) => `/talk/${basename(dirname(path))}/${basename(path, '.yaml')}/`),
  ...contentFiles('guides', '.md').map(
    (path) =>
      `/help/${contentName(path)
        .replace(/^guides\/en\//, '')
        .replace(/\.md$/, '')}/`,
  ),
]);

const newsletterLinks = english.newsletters.flatMap((item) =>
  item.paragraphs.flatMap((paragraph) => linksIn(paragraph)),
);
const newsletterText = english.newsletters.flatMap((item) => [item.headline, ...item.paragraphs]).join('\n');
const eveningLinks = english.parentsEvening.steps.flatMap((step) => step.links.map((link) => link.href));

/** Every sentence of the kit that a school prints, pastes or reads out. */
function allWords(kit: SchoolKit): string[] {
  const printable = (p: SchoolKit['poster']) => [
    p.kicker,
    p.headline,
    p.intro,
    ...p.points,
    p.scan,
    p.promise,
    p.emergency,
    p.contact,
  ];
  return [
    ...kit.newsletters.flatMap((item) => [item.label, item.use, item.headline, ...item.paragraphs]),
    ...printable(kit.poster),
    ...printable(kit.flyer),
    kit.parentsEvening.intro,
    ...kit.parentsEvening.before,
    ...kit.parentsEvening.steps.flatMap((step) => [step.title, ...step.points, ...step.links.map((link) => link.text)]),
    kit.parentsEvening.care,
  ];
}

describe('schools kit', () => {
  it.each(files.map((path) => [contentName(path), path]))('%s matches the schema', (_name, path) => {
    const result = schoolKitSchema.safeParse(readYaml(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(basename(path)).toBe('kit.yaml');
  });

  it('has a short and a longer newsletter item, with unique ids', () => {
    expect(english.newsletters.map((item) => item.id)).toEqual(['short', 'long']);
    const words = (id: string) =>
      english.newsletters
        .find((item) => item.id === id)!
        .paragraphs.join(' ')
        .split(/\s+/).length;
    expect(words('short')).toBeLessThan(120);
    expect(words('long')).toBeGreaterThan(words('short'));
  });

  it("newsletter text links only to official domains and to Open Door's own routes", () => {
    const offending = newsletterLinks.filter((link) =>
      link.kind === 'url' ? !isOfficialUrl(link.url) : !SITE_ROUTES.has(link.route),
    );
    expect(offending).toEqual([]);
    // Any address not written as a link would escape these checks.
    expect(newsletterText).not.toMatch(/\bhttp:\/\/|(?<!https:\/\/)\bwww\./);
  });

  it("newsletter text points families to CEOP's parents pages, every age band's talks and getting help", () => {
    const urls = newsletterLinks.flatMap((link) => (link.kind === 'url' ? [link.url] : []));
    const routes = newsletterLinks.flatMap((link) => (link.kind === 'route' ? [link.route] : []));
    expect(urls).toContain('https://www.ceopeducation.co.uk/parents/');
    expect(routes).toEqual(expect.arrayContaining(['/', '/help/', ...BAND_IDS.map((band) => `/talk/${band}/`)]));
    for (const item of english.newsletters) {
      const links = item.paragraphs.flatMap((paragraph) => linksIn(paragraph));
      expect(
        links.some((link) => link.kind === 'route'),
        item.id,
      ).toBe(true);
      expect(
        links.some((link) => link.kind === 'url' && new URL(link.url).hostname.endsWith('ceopeducation.co.uk')),
        item.id,
      ).toBe(true);
    }
  });

  it("the parents' evening links only to official domains and to Open Door routes that exist", () => {
    const offending = eveningLinks.filter((href) =>
      href.startsWith('/') ? !SITE_ROUTES.has(href) : !isOfficialUrl(href),
    );
    expect(offending).toEqual([]);
    expect(eveningLinks).toEqual(expect.arrayContaining(['/help/parent/', '/quiz/']));
  });

  it("the parents' evening steps add up to the length its introduction gives", () => {
    const promised = Number(/About (\d+) minutes/.exec(english.parentsEvening.intro)?.[1]);
    const total = english.parentsEvening.steps.reduce((sum, step) => sum + step.minutes, 0);
    expect(total).toBe(promised);
  });

  it('the poster and flyer say what to do in an emergency and leave a line for the school contact', () => {
    for (const printable of [english.poster, english.flyer]) {
      // {emergency}: the reader's region's number, or every country's, labelled, before a choice.
      expect(printable.emergency).toMatch(/\{emergency\}/);
      expect(printable.contact).toMatch(/school/i);
      expect(printable.promise).toMatch(/free/i);
    }
  });

  it.each(kits)('%s never blames a child or a parent', (_name, kit) => {
    // The evening outline names "why did you…" only as a line to avoid.
    const words = allWords(kit).map((line) => line.replace(/the lines to avoid, like "why did you…"/, ''));
    expect(words.flatMap((line) => findBlamingLanguage(line))).toEqual([]);
  });

  it.each(kits)('%s is written in UK English', (_name, kit) => {
    const american = /\b(color|behavior|organization|center|mom|favorite|program)\b/i;
    expect(allWords(kit).filter((line) => american.test(line))).toEqual([]);
  });
});
