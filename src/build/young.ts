import type { CardRegion } from '../domain/card';
import { localeHelpRegions } from './content';
import { typedAddress } from './site-url';

/** Route kinds a young person's card shows: who to call now, who to talk to, where to report, how to remove. */
const CARD_KINDS = ['emergency', 'young-people-support', 'report', 'removal'];

/** Each region's help routes as the card and the plan's handover show them, numbers and addresses written out. */
export async function cardRegions(locale?: string): Promise<CardRegion[]> {
  return (await localeHelpRegions(locale)).map((region) => ({
    id: region.region,
    name: region.name,
    routes: region.routes
      .filter((help) => CARD_KINDS.includes(help.kind) && help.serves !== '18-plus')
      .map((help) => ({
        name: help.name,
        kind: help.kind,
        url: help.url,
        address: typedAddress(help.url),
        ...(help.phone ? { phone: help.phone.display, dial: help.phone.dial } : {}),
        ...(help.sms ? { sms: help.sms.display } : {}),
      })),
  }));
}
