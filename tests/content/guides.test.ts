import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBlamingLanguage } from '../../src/domain/blame';
import { guideSchema } from '../../src/domain/guide-schema';
import { contentFiles, contentName } from './load-content';
import { PARENT_STEP_CHECKS } from './parent-steps';
import { SAFETY_STEP_CHECKS } from './safety-steps';

const files = contentFiles('guides', '.md');

function readGuide(path: string) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { frontmatter: parse(match[1]!), body: match[2]! };
}

function guideText(slug: string): string {
  const path = files.find((candidate) => contentName(candidate) === `guides/en/${slug}.md`);
  if (!path) throw new Error(`No guide ${slug}`);
  return readFileSync(path, 'utf8').toLowerCase().replace(/[’]/g, "'");
}

describe('get-help-now guides', () => {
  it.each(files.map((path) => [contentName(path), path]))('%s has valid frontmatter', (_name, path) => {
    const result = guideSchema.safeParse(readGuide(path).frontmatter);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the young person, parent and friend guides and the four branches', () => {
    expect(files.map((path) => contentName(path)).sort()).toEqual(
      expect.arrayContaining([
        'guides/en/young-person.md',
        'guides/en/young-person/already-paid.md',
        'guides/en/young-person/already-shared.md',
        'guides/en/young-person/fake-image.md',
        'guides/en/young-person/someone-i-know.md',
        'guides/en/parent.md',
        'guides/en/friend.md',
      ]),
    );
  });

  it.each(SAFETY_STEP_CHECKS.map((check) => [check.step, check]))(
    'the young person guide carries step %s',
    (_step, check) => {
      const text = guideText('young-person');
      expect(check.patterns.filter((pattern) => !pattern.test(text)).map(String)).toEqual([]);
    },
  );

  it.each(PARENT_STEP_CHECKS.map((check) => [check.step, check]))('the parent guide carries "%s"', (_step, check) => {
    const text = guideText('parent');
    expect(check.patterns.filter((pattern) => !pattern.test(text)).map(String)).toEqual([]);
  });

  it.each(files.map((path) => [contentName(path), path]))('%s never blames the reader', (_name, path) => {
    // The parent guide quotes "why did you…" only to say: don't ask it.
    const body = readGuide(path).body.replace(/don't ask "why did you…"/gi, '');
    expect(findBlamingLanguage(body)).toEqual([]);
  });

  it.each(files.map((path) => [contentName(path), path]))(
    '%s links to site routes with a trailing slash',
    (_name, path) => {
      const internalLinks = [...readGuide(path).body.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]!);
      expect(internalLinks.filter((link) => !link.endsWith('/'))).toEqual([]);
    },
  );
});
