// Settings a host of its own copy may change at build time (see README, "Deploy").
// SITE: the public origin, used for canonical URLs, the sitemap, Open Graph and QR codes.
// BASE_PATH: a sub-path to host under, e.g. /open-door/ (default /).
// QUICK_EXIT_URL: the neutral page quick exit leaves for.
export const site = process.env.SITE ?? 'http://127.0.0.1:4321';
export const base = process.env.BASE_PATH ?? '/';
export const quickExitUrl = process.env.QUICK_EXIT_URL ?? 'https://www.bbc.co.uk/weather';
