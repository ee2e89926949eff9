// One QR code per deep link on /schools/ (/schools/qr/<id>.svg), pointing to the configured site's address,
// so a school that builds its own copy with SITE and BASE_PATH gets codes for its own address.
import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg } from '../../../build/qr';
import { siteUrl } from '../../../build/site-url';
import { SHARE_TARGETS, type ShareTarget } from '../../../domain/school-kit';

export const getStaticPaths = (() =>
  SHARE_TARGETS.map((target) => ({ params: { id: target.id }, props: { target } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: ShareTarget }> = async ({ props }) =>
  new Response(await qrSvg(siteUrl(props.target.route)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
