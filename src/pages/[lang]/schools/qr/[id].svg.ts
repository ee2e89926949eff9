// The QR codes of another language's /schools/ page (/es/schools/qr/<id>.svg): the same deep links as the English
// ones (src/pages/schools/qr/[id].svg.ts), pointing to that language's pages. Pages in other languages are twinned
// by scripts/language-routes.mjs; an endpoint is made here once for every language instead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { PREFIXED_LOCALES } from '../../../../build/locale';
import { qrSvg } from '../../../../build/qr';
import { siteUrl } from '../../../../build/site-url';
import type { Locale } from '../../../../domain/locales';
import { SHARE_TARGETS, type ShareTarget } from '../../../../domain/school-kit';

export const getStaticPaths = (() =>
  PREFIXED_LOCALES.flatMap((locale) =>
    SHARE_TARGETS.map((target) => ({ params: { lang: locale, id: target.id }, props: { target, locale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: ShareTarget; locale: Locale }> = async ({ props }) =>
  new Response(await qrSvg(siteUrl(props.target.route, props.locale)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
