import type { BandId } from './bands';
import type { RegionId } from './regions';

/** What the /plan/ island is given at build time: bands, the scripts per band, and the help routes per region. */
export interface PlanPageData {
  bands: { id: BandId; label: string }[];
  /** Scripts per band, for choosing talks. */
  scripts: Partial<Record<BandId, { topic: string; title: string; href: string }[]>>;
  /** Help routes per region, for the "if it happens" card. */
  regions: { id: RegionId; name: string; routes: { name: string; phone?: string; dial?: string; url: string }[] }[];
}

interface HelpRegionInput {
  region: RegionId;
  name: string;
  routes: readonly {
    name: string;
    url: string;
    serves: string;
    phone?: { display: string; dial: string } | undefined;
  }[];
}

/** Shapes the content collections into the plan island's data (kept out of the page so it can be tested). */
export function planPageData(
  bands: readonly { id: BandId; label: string }[],
  scriptsFor: (band: BandId) => readonly { topic: string; title: string; href: string }[],
  helpRegions: readonly HelpRegionInput[],
): PlanPageData {
  return {
    bands: bands.map((band) => ({ id: band.id, label: band.label })),
    scripts: Object.fromEntries(bands.map((band) => [band.id, [...scriptsFor(band.id)]])),
    regions: helpRegions.map((region) => ({
      id: region.region,
      name: region.name,
      // The card is for a child: only routes for young people or anyone (no 18+ lines).
      routes: region.routes
        .filter((help) => help.serves !== '18-plus')
        .map((help) => ({
          name: help.name,
          url: help.url,
          ...(help.phone ? { phone: help.phone.display, dial: help.phone.dial } : {}),
        })),
    })),
  };
}
