import { describe, expect, it } from 'vitest';
import { isSiteRoute, linksIn, plainLinkedText, splitLinkedText } from '../../src/domain/linked-text';

describe('splitLinkedText', () => {
  it('finds https addresses and site routes, leaving their closing punctuation as text', () => {
    expect(splitLinkedText('See /help/, or https://www.ceopeducation.co.uk/parents/. Then /talk/4-7/')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'route', route: '/help/' },
      { kind: 'text', text: ', or ' },
      { kind: 'url', url: 'https://www.ceopeducation.co.uk/parents/' },
      { kind: 'text', text: '. Then ' },
      { kind: 'route', route: '/talk/4-7/' },
    ]);
  });

  it('reads a "/" standing on its own as the home page', () => {
    expect(linksIn('Open Door is free: /')).toEqual([{ kind: 'route', route: '/' }]);
  });

  it('does not mistake slashes inside words, numbers or addresses for routes', () => {
    expect(linksIn('Open 24/7, and/or later.')).toEqual([]);
    expect(linksIn('https://www.childline.org.uk/help/ is one address')).toEqual([
      { kind: 'url', url: 'https://www.childline.org.uk/help/' },
    ]);
  });

  it('ignores plain http addresses (the schema rejects them separately)', () => {
    expect(linksIn('http://example.org/')).toEqual([]);
  });
});

describe('isSiteRoute', () => {
  it('accepts the home page and routes in the site sections', () => {
    for (const route of ['/', '/help/', '/talk/11-13/', '/talk/14-17/if-it-ever-happens/', '/schools/flyer/']) {
      expect(isSiteRoute(route), route).toBe(true);
    }
  });

  it('rejects other paths and full addresses', () => {
    for (const route of ['/elsewhere/', '/help', 'help/', 'https://example.org/help/', '//example.org/']) {
      expect(isSiteRoute(route), route).toBe(false);
    }
  });
});

describe('plainLinkedText', () => {
  it('spells routes out as full addresses and keeps https addresses as written', () => {
    const absolute = (route: string) => `https://school.example/open-door${route}`;
    expect(plainLinkedText('Talks: /talk/4-7/ and https://www.ceop.police.uk/Safety-Centre/', absolute)).toBe(
      'Talks: https://school.example/open-door/talk/4-7/ and https://www.ceop.police.uk/Safety-Centre/',
    );
  });
});
