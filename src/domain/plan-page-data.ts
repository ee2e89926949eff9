import type { BandId } from './bands';
import { isolateLtr, isolateLtrRuns } from './bidi';
import { roleTableFor, type RoleTextTable } from './region-fill';
import type { RegionId } from './regions';

/** A script as the plan needs it: what to call it, where it is, and what the planner offers around it. */
export interface PlanScript {
  topic: string;
  title: string;
  href: string;
  /** The script's own follow-up idea, offered as a check-in after the talk (region tokens filled on the page). */
  followUp?: string;
  /** The script's "In two minutes" version: the lines to say today and the one thing to avoid. */
  twoMinutes?: { say: string[]; avoid: string };
}

/** What the /plan/ island is given at build time: bands, the scripts per band, and the help routes per region. */
export interface PlanPageData {
  bands: { id: BandId; label: string }[];
  /** Scripts per band, for choosing talks and for the planner's "what's next". */
  scripts: Partial<Record<BandId, PlanScript[]>>;
  /** Help routes per region, for the "if it happens" card. */
  regions: { id: RegionId; name: string; routes: { name: string; phone?: string; dial?: string; url: string }[] }[];
  /** How each region reads the roles the scripts' text above names ({child-helpline}…), and nothing more. */
  roles: RoleTextTable;
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

/** A script as the content collection holds it (only the fields the plan reads). */
interface ScriptInput {
  topic: string;
  title: string;
  href: string;
  followUp?: string | undefined;
  inTwoMinutes?: { say: readonly string[]; avoid: string } | undefined;
}

/** Shapes the content collections into the plan island's data (kept out of the page so it can be tested). */
export function planPageData(
  bands: readonly { id: BandId; label: string }[],
  scriptsFor: (band: BandId) => readonly ScriptInput[],
  helpRegions: readonly HelpRegionInput[],
  roles: RoleTextTable,
  /** A right-to-left language: names and numbers keep each number run left to right (see bidi.ts). */
  rtl = false,
): PlanPageData {
  const runs = (text: string) => (rtl ? isolateLtrRuns(text) : text);
  const scripts: PlanPageData['scripts'] = Object.fromEntries(
    bands.map((band) => [
      band.id,
      scriptsFor(band.id).map((script) => ({
        topic: script.topic,
        title: script.title,
        href: script.href,
        ...(script.followUp ? { followUp: script.followUp } : {}),
        ...(script.inTwoMinutes
          ? { twoMinutes: { say: [...script.inTwoMinutes.say], avoid: script.inTwoMinutes.avoid } }
          : {}),
      })),
    ]),
  );
  return {
    bands: bands.map((band) => ({ id: band.id, label: band.label })),
    scripts,
    regions: helpRegions.map((region) => ({
      id: region.region,
      name: region.name,
      // The card is for a child: only routes for young people or anyone (no 18+ lines).
      routes: region.routes
        .filter((help) => help.serves !== '18-plus')
        .map((help) => ({
          name: runs(help.name),
          url: help.url,
          ...(help.phone
            ? { phone: rtl ? isolateLtr(help.phone.display) : help.phone.display, dial: help.phone.dial }
            : {}),
        })),
    })),
    roles: roleTableFor(scripts, roles),
  };
}
