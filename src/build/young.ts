import type { CardRegion } from '../domain/card';
import { LOCALE_INFO, type Locale } from '../domain/locales';
import { isolateLtr, isolateLtrRuns } from '../domain/bidi';
import { localeHelpRegions } from './content';
import { typedAddress } from './site-url';

/** Route kinds a young person's card shows: who to call now, who to talk to, where to report, how to remove. */
const CARD_KINDS = ['emergency', 'young-people-support', 'report', 'removal'];

/** Each region's help routes as the card and the plan's handover show them, numbers and addresses written out. */
export async function cardRegions(locale?: Locale): Promise<CardRegion[]> {
  // In a right-to-left language the numbers keep their left-to-right order inside the words (see domain/bidi).
  const rtl = locale !== undefined && LOCALE_INFO[locale].dir === 'rtl';
  const runs = (text: string) => (rtl ? isolateLtrRuns(text) : text);
  const whole = (text: string) => (rtl ? isolateLtr(text) : text);
  return (await localeHelpRegions(locale)).map((region) => ({
    id: region.region,
    name: region.name,
    routes: region.routes
      .filter((help) => CARD_KINDS.includes(help.kind) && help.serves !== '18-plus')
      .map((help) => ({
        name: runs(help.name),
        kind: help.kind,
        url: help.url,
        address: typedAddress(help.url),
        ...(help.phone ? { phone: whole(help.phone.display), dial: help.phone.dial } : {}),
        ...(help.sms ? { sms: whole(help.sms.display) } : {}),
      })),
  }));
}
