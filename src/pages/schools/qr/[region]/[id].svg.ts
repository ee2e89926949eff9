// One QR code per deep link and country (/schools/qr/<region>/<id>.svg): the address with ?region=<id>, so a
// school that chose its country on /schools/ prints and shares codes that open that country's numbers. These
// files are not precached (scripts/build-sw.mjs); the service worker keeps each one once it has been shown.
import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg } from '../../../../build/qr';
import { siteUrl } from '../../../../build/site-url';
import { REGION_IDS, type RegionId } from '../../../../domain/regions';
import { regionalUrl, SHARE_TARGETS, type ShareTarget } from '../../../../domain/school-kit';

export const getStaticPaths = (() =>
  REGION_IDS.flatMap((region) =>
    SHARE_TARGETS.map((target) => ({ params: { region, id: target.id }, props: { region, target } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: RegionId; target: ShareTarget }> = async ({ props }) =>
  new Response(await qrSvg(regionalUrl(siteUrl(props.target.route), props.region)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
