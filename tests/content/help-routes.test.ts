import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpRegionSchema, REGION_IDS, REQUIRED_ROUTE_KINDS, type HelpRegion } from '../../src/domain/help-routes';
import { isOfficialUrl } from '../../src/domain/official-domains';
import { contentFiles, contentName, readYaml } from './load-content';

const files = contentFiles('help-routes', '.yaml');
const regions: HelpRegion[] = files.map((path) => helpRegionSchema.parse(readYaml(path)));
const routes = regions.flatMap((region) => region.routes);

describe('help routes by region', () => {
  it.each(files.map((path) => [contentName(path), path]))('%s matches the schema and its file name', (_name, path) => {
    const result = helpRegionSchema.safeParse(readYaml(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(basename(path, '.yaml')).toBe(result.data!.region);
  });

  it('has a file for every region', () => {
    expect(regions.map((region) => region.region).sort()).toEqual([...REGION_IDS].sort());
  });

  it.each(REGION_IDS.filter((id) => id !== 'anywhere').map((id) => [id]))(
    '%s offers an emergency number, a report route, a removal route and support for young people',
    (regionId) => {
      const region = regions.find((candidate) => candidate.region === regionId)!;
      const kinds = new Set(region.routes.map((route) => route.kind));
      expect([...REQUIRED_ROUTE_KINDS].filter((kind) => !kinds.has(kind))).toEqual([]);
      const emergency = region.routes.find((route) => route.kind === 'emergency')!;
      expect(emergency.phone?.dial).toMatch(/^\d{3}$/);
      expect(region.routes[0]!.kind).toBe('emergency');
    },
  );

  it('offers Take It Down and StopNCII anywhere in the world', () => {
    const anywhere = regions.find((region) => region.region === 'anywhere')!;
    const hosts = anywhere.routes.map((route) => new URL(route.url).hostname);
    expect(hosts).toContain('takeitdown.ncmec.org');
    expect(hosts.some((host) => host.endsWith('stopncii.org'))).toBe(true);
  });

  it('gives every route a unique id', () => {
    const ids = routes.map((route) => route.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('links only to https pages on the official-domain list, for both the route and its source', () => {
    const offending = routes.flatMap((route) => [route.url, route.source]).filter((url) => !isOfficialUrl(url));
    expect(offending).toEqual([]);
  });

  it('records a real check date for every route, never in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const route of routes) {
      expect(Number.isNaN(Date.parse(route.checked)), route.id).toBe(false);
      expect(route.checked <= today, route.id).toBe(true);
    }
  });

  it('shows each phone number with the same digits a tap dials', () => {
    for (const route of routes) {
      for (const number of [route.phone, route.sms].filter((value) => value !== undefined)) {
        // "1-800-843-5678 (1-800-THE-LOST)" and "112 or 999": compare the first number shown.
        const firstShown = number.display.replace(/\(.*?\)/g, '').split(' or ')[0]!;
        expect(firstShown.replace(/\D/g, ''), route.id).toBe(number.dial.replace('+', ''));
      }
    }
  });

  it.each(REGION_IDS.filter((id) => id !== 'anywhere').map((id) => [id]))(
    '%s answers "is it illegal?" and "won\'t I get in trouble?" from an official page',
    (regionId) => {
      const region = regions.find((candidate) => candidate.region === regionId)!;
      expect(region.law.length).toBeGreaterThan(0);
      for (const note of region.law) {
        expect(isOfficialUrl(note.source), note.place).toBe(true);
        expect(note.trouble.trim(), note.place).not.toMatch(/^no\b/i);
      }
    },
  );

  it('gives the three UK jurisdictions their own law note', () => {
    const uk = regions.find((region) => region.region === 'uk')!;
    expect(uk.law.map((note) => note.place)).toEqual(['England and Wales', 'Scotland', 'Northern Ireland']);
  });

  it('rejects a flat "No" as the answer to "won\'t I get in trouble?"', () => {
    const uk = regions.find((region) => region.region === 'uk')!;
    const flat = { ...uk, law: [{ ...uk.law[0]!, trouble: 'No. The law is there to protect you, not punish you.' }] };
    expect(helpRegionSchema.safeParse(flat).success).toBe(false);
  });

  it('says honestly when a detail was not seen on the official page itself', () => {
    const notes = [...routes, ...regions.flatMap((region) => region.law)];
    for (const entry of notes) {
      if (entry.seenOnlyIn)
        expect(entry.seenOnlyIn, JSON.stringify(entry).slice(0, 60)).toMatch(
          /not seen|\bno .{0,60}(was|were) seen|only/i,
        );
    }
  });
});
