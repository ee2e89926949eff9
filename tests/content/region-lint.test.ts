import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { REGION_ROLES, splitRegionText } from '../../src/domain/region-text';
import { contentFiles, contentName, readYaml } from './load-content';

/**
 * The region lint: content text never hard-codes one country's phone number, money or national service as if it
 * were everyone's. It names a role ({emergency}, {child-helpline}…) or money ({money:300}) instead, filled from the
 * help-route data (src/content/help-routes, the one place numbers live), or labels the country right beside it
 * ("Report Remove (UK)", "999 in the UK").
 */

/** A piece of content text and where it came from. */
interface Text {
  where: string;
  text: string;
}

/** Keys whose values are not reader-facing words (citations, ids, addresses a page links to). */
const SKIP_KEYS = new Set(['sources', 'id', 'band', 'topic', 'href', 'relatedScript', 'kind', 'url']);

function stringsIn(value: unknown, where: string): Text[] {
  // A bare date (YYYY-MM-DD, the day a source was checked) is not a phone number.
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [] : [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${where}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      SKIP_KEYS.has(key) ? [] : stringsIn(item, `${where}.${key}`),
    );
  }
  return [];
}

function markdownTexts(path: string): Text[] {
  const source = readFileSync(path, 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const title = /^(?:title|linkText|description): (.*)$/gm;
  const fields = [...frontMatter.matchAll(title)].map((match) => ({ where: contentName(path), text: match[1]! }));
  // Link targets are addresses, not words: keep the link text only.
  const words = body.replace(/\]\([^)]*\)/g, ']');
  return [...fields, ...words.split(/\n\s*\n/).map((text) => ({ where: contentName(path), text }))];
}

const yamlTexts = (folder: string) =>
  contentFiles(folder, '.yaml').flatMap((path) => stringsIn(readYaml(path), contentName(path)));

/** Content files: region tokens are theirs to use. */
const CONTENT: Text[] = [
  ...yamlTexts('scripts'),
  ...yamlTexts('scenarios'),
  ...yamlTexts('schools'),
  ...contentFiles('guides', '.md').flatMap(markdownTexts),
];
/** Interface text (its "{n}" braces are fillTemplate's, not region tokens). */
const TEXTS: Text[] = [...CONTENT, ...stringsIn(en, 'src/i18n (en.ts, en-plan.ts)')];

/** A country named beside a number or service labels it ("999 in the UK", "Report Remove (UK)"). */
const COUNTRY =
  /\b(UK|United Kingdom|England|Wales|Scotland|Northern Ireland|Ireland|US|USA|United States|Canada|Australia|New Zealand)\b/;
const LABEL_BEFORE = 30;
const LABEL_AFTER = 40;

const SERVICES = [
  'CEOP',
  'Childline',
  'ChildLine',
  'NSPCC',
  'CyberTipline',
  'Cybertip',
  'ACCCE',
  'Hotline.ie',
  'Garda',
  'Gardaí',
  'Netsafe',
  'Kids Helpline',
  'Kids Help Phone',
  'Youthline',
  'Report Remove',
  'NeedHelpNow',
  'eSafety',
  'Revenge Porn Helpline',
  'Crisis Text Line',
  'Lifeline',
  'Samaritans',
  'Coimisiún na Meán',
  'National Crime Agency',
  'FBI',
  'Internet Watch Foundation',
  'IWF',
];

/** Emergency and short codes written on their own (not part of a longer number, a time or an amount). */
const SHORT_CODES = /(?<![\w£€$.:/-])(999|911|000|111|112|101|105|988|1737|116 ?123|\d{5,6})(?![\w/-])/g;
/** Anything shaped like a phone number: groups of digits separated by spaces or dashes, 7 digits or more. */
const PHONE_SHAPE = /(?<![\w.])\+?\d{1,4}(?:[ -]\d{2,4}){1,4}(?![\w])/g;
/** Money written with a currency. */
const MONEY = /[£€$]\s?\d|\b\d+\s?(?:pounds|euros|dollars|quid|bucks)\b|\bquid\b/gi;

interface Finding {
  where: string;
  found: string;
  context: string;
}

function unlabelled(text: Text, pattern: RegExp, accept: (match: string) => boolean = () => true): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.text.matchAll(pattern)) {
    if (!accept(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    const around = text.text.slice(Math.max(0, start - LABEL_BEFORE), end + LABEL_AFTER);
    if (!COUNTRY.test(around)) {
      findings.push({
        where: text.where,
        found: match[0],
        context: text.text.slice(Math.max(0, start - 40), end + 40),
      });
    }
  }
  return findings;
}

export function regionFindings(texts: readonly Text[]): Finding[] {
  const services = new RegExp(
    `\\b(${SERVICES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'g',
  );
  return texts.flatMap((text) => [
    ...unlabelled(text, SHORT_CODES),
    ...unlabelled(text, PHONE_SHAPE, (found) => found.replace(/\D/g, '').length >= 7),
    ...unlabelled(text, MONEY),
    ...unlabelled(text, services),
  ]);
}

/** Route paths and web addresses: never inside words a parent or child says aloud. */
const ADDRESS = /(?<![\w])\/(?:help|talk|quiz|plan|privacy|about|schools)\/|https?:\/\/|\bwww\./;

/** The lines of scripts and scenarios meant to be said aloud. */
function spokenLines(): Text[] {
  const lines: Text[] = [];
  for (const path of contentFiles('scripts', '.yaml')) {
    const script = readYaml(path) as {
      openers: string[];
      keyMessages: string[];
      replies: { childSays: string; response: string }[];
      avoid: { say: string; instead: string }[];
    };
    const where = contentName(path);
    lines.push(
      ...script.openers.map((text) => ({ where: `${where} opener`, text })),
      ...script.keyMessages.map((text) => ({ where: `${where} key message`, text })),
      ...script.replies.flatMap((reply) => [
        { where: `${where} reply`, text: reply.response },
        { where: `${where} child says`, text: reply.childSays },
      ]),
      ...script.avoid.flatMap((line) => [
        { where: `${where} avoid`, text: line.say },
        { where: `${where} try`, text: line.instead },
      ]),
    );
  }
  for (const path of contentFiles('scenarios', '.yaml')) {
    const scenario = readYaml(path) as { options: { text: string }[] };
    lines.push(...scenario.options.map((option) => ({ where: `${contentName(path)} option`, text: option.text })));
  }
  return lines;
}

describe('region lint: no country is presented as everyone’s', () => {
  it('finds texts to check in every kind of content', () => {
    for (const folder of ['scripts/', 'scenarios/', 'schools/', 'guides/', 'src/i18n']) {
      expect(
        TEXTS.some((text) => text.where.startsWith(folder)),
        folder,
      ).toBe(true);
    }
  });

  it('has no unlabelled phone number, amount of money or national service in any content text', () => {
    expect(regionFindings(TEXTS)).toEqual([]);
  });

  it('uses only known region tokens', () => {
    const broken = CONTENT.flatMap((text) => {
      try {
        splitRegionText(text.text);
        return [];
      } catch (error) {
        return [`${text.where}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('never starts a sentence with a role (its reading may begin in lower case: "your local emergency number")', () => {
    const roleFirst = new RegExp(`(?:^|[.!?]["”’]?\\s+)\\{(?:${REGION_ROLES.join('|')})\\}`);
    const offending = TEXTS.filter((text) => roleFirst.test(text.text.trim()));
    expect(offending.map((text) => `${text.where}: ${text.text.slice(0, 80)}`)).toEqual([]);
  });

  it('catches what it is meant to catch (the lint itself can fail)', () => {
    const bad = [
      'Call 999 or Childline on 0800 1111.',
      'They want £300 by tonight.',
      'Report it to CEOP.',
      'Text 741741 any time.',
      'Call Kids Help Phone on 1-800-668-6868.',
    ].map((text) => ({ where: 'example', text }));
    expect(
      regionFindings(bad)
        .map((finding) => finding.found)
        .sort(),
    ).toEqual(['999', 'Childline', '0800 1111', '£3', 'CEOP', '741741', 'Kids Help Phone', '1-800-668-6868'].sort());
    const labelled = ['Call 999 in the UK.', 'Report Remove (UK) is for under-18s.', 'Call {emergency}.'].map(
      (text) => ({
        where: 'example',
        text,
      }),
    );
    expect(regionFindings(labelled)).toEqual([]);
  });
});

describe('route-in-speech lint: words said aloud hold no address', () => {
  const lines = spokenLines();

  it('checks every script and scenario', () => {
    expect(lines.length).toBeGreaterThan(200);
  });

  it('has no route path or web address inside a line meant to be said', () => {
    const offending = lines.filter((line) => ADDRESS.test(line.text));
    expect(offending.map((line) => `${line.where}: ${line.text}`)).toEqual([]);
  });

  it('catches a route inside speech (the lint itself can fail)', () => {
    expect(ADDRESS.test("Let's follow the steps at /help/parent/ right now.")).toBe(true);
    expect(ADDRESS.test('See https://takeitdown.ncmec.org/ together.')).toBe(true);
    expect(ADDRESS.test("Let's open the parents' steps in Open Door together.")).toBe(false);
  });
});
