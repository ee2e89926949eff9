import { absoluteUrl } from '../domain/school-kit';

/**
 * The full address of a route on the configured site (Astro `site` and `base`, from SITE and BASE_PATH at build
 * time): what QR codes, printed posters and pasted newsletter text carry.
 */
export function siteUrl(path: string): string {
  return absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
}

/**
 * The address as a person types it: no "https://", no closing slash ("opendoor.example.org"), and a chosen country
 * kept ("opendoor.example.org/?region=ie").
 */
export function typedAddress(url: string): string {
  const { host, pathname, search } = new URL(url);
  if (search) return `${host}${pathname}${search}`;
  return `${host}${pathname === '/' ? '' : pathname.replace(/\/$/, '')}`;
}
