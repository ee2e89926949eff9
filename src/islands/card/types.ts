import type { RegionId } from '../../domain/regions';
import type { enYoung } from '../../i18n/en-young';

/** One help route as the card shows it: numbers and addresses written out. */
export interface CardRoute {
  name: string;
  kind: string;
  phone?: string;
  dial?: string;
  sms?: string;
  /** The address as a person types it (no https://). */
  address: string;
  url: string;
}

export interface CardRegion {
  id: RegionId;
  name: string;
  routes: CardRoute[];
}

export type CardText = (typeof enYoung)['card'];
export type TellText = (typeof enYoung)['tell'];
export type HandoverText = (typeof enYoung)['handover'];
export type PromiseText = (typeof enYoung)['promise'];
