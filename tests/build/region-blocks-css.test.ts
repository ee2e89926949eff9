import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../src/domain/regions';

// The schools pages' per-country links and codes are shown by CSS alone (before any script), so a country
// missing here would show no links at all once chosen.
describe("the schools pages' per-country blocks", () => {
  const css = readFileSync(join(process.cwd(), 'src/styles/region-blocks.css'), 'utf8');

  it('show the set for every country there is', () => {
    for (const region of REGION_IDS) expect(css).toContain(`:root[data-region='${region}'] .rb > [data-r='${region}']`);
  });

  it('show the set without a country before a choice', () => {
    expect(css).toContain(":root:not([data-region]) .rb > [data-r='neutral']");
  });
});
