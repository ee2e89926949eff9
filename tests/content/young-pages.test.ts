import { describe, expect, it } from 'vitest';
import { findBlamingLanguage } from '../../src/domain/blame';
import { bandById } from '../../src/domain/bands';
import { readingGrade } from '../../src/domain/readability';
import { hasRegionTokens, splitRegionText } from '../../src/domain/region-text';
import { en } from '../../src/i18n/en';
import { enApps } from '../../src/i18n/en-apps';
import { enYoung } from '../../src/i18n/en-young';

/** Every sentence a young person reads on their own pages, by where it appears. */
const t = enYoung;
const blocks: Record<string, readonly string[]> = {
  'tell: messages': t.tell.messages.map((message) => message.text.replace('{codeWord}', 'pineapple')),
  'tell: who to tell': t.tell.who,
  'tell: after you send it': t.tell.after,
  'tell: if they react badly': t.tell.badly,
  'tell: no one at home yet': t.tell.nobody,
  'tell: unsafe now': [...t.tell.danger, t.tell.moreHelp],
  'card: the five steps': t.card.steps,
  'card: intro and notes': [t.card.lead, t.card.empty, t.card.travels, t.card.homeScreen, t.card.lockIntro],
  'report: lead': [t.report.lead, t.report.regionIntro, t.report.appStep],
  'report: evidence': t.report.evidence,
  'report: screenshots': t.report.screenshot,
  'report: what removal can do': t.report.honest,
  'evidence list: hints': t.evidence.sections.map((section) => section.hint),
  'after: lead': [t.after.lead, t.after.planIntro, t.after.crisis],
  ...Object.fromEntries(t.after.sections.map((section) => [`after: ${section.heading}`, section.lines])),
  'safety plan: hints': t.safetyPlan.sections.map((section) => section.hint),
  'apps: index': [enApps.lead, ...enApps.order, enApps.missing],
  ...Object.fromEntries(
    enApps.guides.map((guide) => [
      `apps: ${guide.name}`,
      [...guide.block, ...guide.report, ...guide.evidence, ...guide.notes],
    ]),
  ),
};

/** Words read as plain text (tokens become their neutral phrase, as without a region chosen; routes their label). */
const plain = (line: string) =>
  splitRegionText(line)
    .map((part) =>
      part.kind === 'text' ? part.text : part.kind === 'role' ? en.regionText.neutral[part.role] : String(part.amount),
    )
    .join('')
    .replace(/\/(?:[a-z-]+\/)+/g, (route) => t.routeLabels[route] ?? 'this page');

const everything = Object.values(blocks).flat();

describe("the young person's pages", () => {
  it.each(Object.entries(blocks))('%s reads at the 11-13 level', (_where, lines) => {
    expect(readingGrade(lines.map(plain))).toBeLessThanOrEqual(bandById('11-13').maxReadingGrade);
  });

  it('never blame the reader', () => {
    expect(everything.flatMap((line) => findBlamingLanguage(line))).toEqual([]);
  });

  it('never assume the reader’s gender or that the person doing it is a stranger', () => {
    const found = everything.filter((line) =>
      /\b(he|she|him|her|his|hers|boys?|girls?|stranger|strangers|man|men)\b/i.test(line),
    );
    expect(found).toEqual([]);
  });

  it('name roles, never a country’s numbers or services, unless labelled with the country', () => {
    const unlabelled = everything.filter(
      (line) =>
        /\b(999|911|000|111|112|101|988|116\s?123|0800|1800)\b/.test(line) ||
        /\b(CEOP|Childline|NSPCC|CyberTipline|Cybertip|ACCCE|Hotline\.ie|Garda|Netsafe|Kids Helpline|Youthline|NeedHelpNow|eSafety)\b/.test(
          line,
        ) ||
        (/Report Remove/.test(line) && !/Report Remove \(UK/.test(line)),
    );
    expect(unlabelled).toEqual([]);
    // Every role token used is one the region data knows (splitRegionText throws on a typo).
    expect(everything.filter(hasRegionTokens).length).toBeGreaterThan(3);
  });

  it('say every safety step the card must carry', () => {
    const steps = t.card.steps.join(' ').toLowerCase();
    for (const pattern of [
      /not in trouble/,
      /not your fault/,
      /don’t pay/,
      /block/,
      /don’t delete/,
      /never save or send the image/,
      /tell/,
    ]) {
      expect(steps).toMatch(pattern);
    }
  });

  it('offer the three tones the issue names, and keep the code word alone', () => {
    expect(t.tell.messages.map((message) => message.id)).toEqual(['straight', 'code-word', 'come', 'call']);
    expect(t.tell.messages.find((message) => message.id === 'code-word')!.text).toBe('{codeWord}');
  });

  it('keep the phone promises short enough for the card', () => {
    for (const promise of t.promise.suggestions) expect(promise.length).toBeLessThanOrEqual(200);
  });
});

describe('the app guides', () => {
  const ownDomains: Record<string, string> = { whatsapp: 'whatsapp.com', roblox: 'roblox.com' };

  it.each(enApps.guides.map((guide) => [guide.name, guide]))(
    '%s is checked against the app’s own https help pages, with the date they were seen',
    (_name, guide) => {
      expect(guide.sources.length).toBeGreaterThan(0);
      for (const source of guide.sources) {
        const url = new URL(source.url);
        expect(url.protocol).toBe('https:');
        expect(url.hostname.endsWith(ownDomains[guide.id]!)).toBe(true);
      }
      expect(guide.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(guide.checked).getTime()).toBeLessThanOrEqual(Date.now());
    },
  );

  it.each(enApps.guides.map((guide) => [guide.name, guide]))(
    '%s says to block without deleting and to report the messages',
    (_name, guide) => {
      expect(guide.block.join(' ')).toMatch(/Don’t delete|keeps the chat|not told/);
      expect(guide.report.join(' ').toLowerCase()).toMatch(/message|chat/);
      expect(guide.evidence.join(' ')).toMatch(/without (the|any) image/);
    },
  );

  it('the index names every app it leaves out', () => {
    const listed = enApps.guides.map((guide) => guide.name);
    for (const app of [
      'Snapchat',
      'Instagram',
      'TikTok',
      'WhatsApp',
      'Discord',
      'Roblox',
      'Xbox',
      'PlayStation',
      'Telegram',
      'Facebook Messenger',
    ]) {
      expect(listed.includes(app) || enApps.missing.includes(app), app).toBe(true);
    }
  });
});
