import { describe, expect, it } from 'vitest';
import { BAND_IDS } from '../../src/domain/bands';
import { SHARE_TARGETS, absoluteUrl, isAllowedLink, kitLinkSchema } from '../../src/domain/school-kit';

describe('absoluteUrl', () => {
  it('puts the base path between the site and the route', () => {
    expect(absoluteUrl('https://school.example', '/open-door/', '/talk/4-7/')).toBe(
      'https://school.example/open-door/talk/4-7/',
    );
    expect(absoluteUrl('https://school.example', '/open-door', '/')).toBe('https://school.example/open-door/');
  });

  it('works at the root of a site', () => {
    expect(absoluteUrl('https://opendoor.example.org', '/', '/help/')).toBe('https://opendoor.example.org/help/');
    expect(absoluteUrl(new URL('http://127.0.0.1:4321'), '/', '/')).toBe('http://127.0.0.1:4321/');
  });
});

describe('SHARE_TARGETS', () => {
  it('links the home page, every age band, getting help and practice, each with a unique id', () => {
    const routes = SHARE_TARGETS.map((target) => target.route);
    expect(routes).toEqual(['/', ...BAND_IDS.map((band) => `/talk/${band}/`), '/help/', '/quiz/']);
    const ids = SHARE_TARGETS.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('links in the schools kit', () => {
  it('may go to Open Door routes and official https pages only', () => {
    expect(isAllowedLink('/help/parent/')).toBe(true);
    expect(isAllowedLink('https://www.ceopeducation.co.uk/parents/')).toBe(true);
    expect(isAllowedLink('http://www.ceopeducation.co.uk/parents/')).toBe(false);
    expect(isAllowedLink('https://example.com/')).toBe(false);
    expect(isAllowedLink('/somewhere-else/')).toBe(false);
    expect(kitLinkSchema.safeParse({ text: 'A page', href: 'https://example.com/' }).success).toBe(false);
  });
});
