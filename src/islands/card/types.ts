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

/** The words of one private notebook (the evidence checklist or the safety plan). */
export interface NotebookText {
  exportTitle: string;
  writtenOn: string;
  privacy: string;
  checklistHeading: string;
  checklist: readonly { id: string; label: string }[];
  doneLabel: string;
  sections: readonly { id: string; label: string; hint: string }[];
  addTo: string;
  add: string;
  remove: string;
  saved: string;
  saveFailed: string;
  unavailable: string;
  damaged: string;
  print: string;
  download: string;
  deleteAll: string;
  confirmDelete: string;
  confirm: string;
  cancel: string;
  deleted: string;
}
