/**
 * Domains content may link to or cite. The first group is the official source list in the content
 * brief; the second holds the helplines' and authorities' own sites, which a help route must link to.
 * A subdomain of a listed domain counts (learning.nspcc.org.uk is under nspcc.org.uk).
 */
export const SOURCE_DOMAINS = [
  'nationalcrimeagency.gov.uk',
  'ceop.police.uk',
  'thinkuknow.co.uk',
  'ceopeducation.co.uk',
  'nspcc.org.uk',
  'childline.org.uk',
  'iwf.org.uk',
  'college.police.uk',
  'swgfl.org.uk',
  'missingkids.org',
  'takeitdown.ncmec.org',
  'report.cybertip.org',
  'fbi.gov',
  'thorn.org',
  'cybertip.ca',
  'needhelpnow.ca',
  'protectchildren.ca',
  'esafety.gov.au',
  'accce.gov.au',
  'hotline.ie',
  'garda.ie',
  'cnam.ie',
  'webwise.ie',
  'netsafe.org.nz',
  'stopncii.org',
  'childnet.com',
  'internetmatters.org',
] as const;

export const HELP_ROUTE_DOMAINS = [
  'revengepornhelpline.org.uk',
  'police.uk',
  'ispcc.ie',
  'childline.ie',
  'crisistextline.org',
  '988lifeline.org',
  'kidshelpphone.ca',
  'kidshelpline.com.au',
  'lifeline.org.au',
  'youthline.co.nz',
  'police.govt.nz',
  'inhope.org',
  'samaritans.org',
  'rcmp.ca',
  'grc-rcmp.gc.ca',
  'afp.gov.au',
  'police.gov.au',
  '988.ca',
  '1737.org.nz',
  'health.govt.nz',
  'childhelplineinternational.org',
  'gov.scot',
  'hscni.net',
  'irishstatutebook.ie',
] as const;

export const OFFICIAL_DOMAINS: readonly string[] = [...SOURCE_DOMAINS, ...HELP_ROUTE_DOMAINS];

/** True when the URL is https and its host is an official domain or a subdomain of one. */
export function isOfficialUrl(url: string, domains: readonly string[] = OFFICIAL_DOMAINS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Sites whose country their address does not show (a .com, .org or .gov of one country). */
const COUNTRY_OF_SITE: Record<string, string> = {
  'childnet.com': 'UK',
  'internetmatters.org': 'UK',
  'fbi.gov': 'US',
  'missingkids.org': 'US',
  'thorn.org': 'US',
  'crisistextline.org': 'US',
  '988lifeline.org': 'US',
  'report.cybertip.org': 'US',
};
const COUNTRY_OF_TLD: Record<string, string> = {
  uk: 'UK',
  ie: 'Ireland',
  ca: 'Canada',
  au: 'Australia',
  nz: 'New Zealand',
};

/**
 * The country a cited page speaks for ("UK" for ceopeducation.co.uk), so a source list never presents one
 * country's services as everyone's. Undefined for international sites (Take It Down, StopNCII, INHOPE…).
 */
export function countryOfSite(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase();
  if (host === 'takeitdown.ncmec.org') return undefined;
  const site = Object.keys(COUNTRY_OF_SITE).find((domain) => host === domain || host.endsWith(`.${domain}`));
  if (site) return COUNTRY_OF_SITE[site];
  return COUNTRY_OF_TLD[host.split('.').pop() ?? ''];
}
