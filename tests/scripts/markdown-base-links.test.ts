import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withBasePath } from '../../scripts/markdown-base-links.mjs';

describe('withBasePath (Markdown links under a base path)', () => {
  it('prefixes root-relative links on this site', () => {
    expect(withBasePath('/help/parent/', '/open-door/')).toBe('/open-door/help/parent/');
    expect(withBasePath('/help/young-person/#step-2', '/open-door')).toBe('/open-door/help/young-person/#step-2');
  });

  it('leaves everything else alone', () => {
    for (const href of [
      'https://www.ceop.police.uk/Safety-Centre/',
      '//cdn.example/x',
      '#regions',
      'tel:999',
      'guide/',
      '/open-door/help/',
    ]) {
      expect(withBasePath(href, '/open-door/'), href).toBe(href);
    }
    expect(withBasePath('/help/', '/')).toBe('/help/');
  });
});

describe('baseLinksPlugin', () => {
  it('rewrites the href of <a> elements through the visitor context', () => {
    const plugin = baseLinksPlugin('/open-door/');
    expect(plugin.element.filter).toEqual(['a']);
    const set: [string, unknown][] = [];
    const context = { setProperty: (_node: unknown, key: string, value: unknown) => set.push([key, value]) };
    plugin.element.visit({ properties: { href: '/help/routes/' } }, context);
    plugin.element.visit({ properties: { href: 'https://www.iwf.org.uk/' } }, context);
    plugin.element.visit({ properties: {} }, context);
    expect(set).toEqual([['href', '/open-door/help/routes/']]);
  });
});
