import type { enYoung } from '../../i18n/en-young';

export type { CardRegion, CardRoute } from '../../domain/card';

export type CardText = (typeof enYoung)['card'];
export type TellText = (typeof enYoung)['tell'];
/** The words the "tell someone" island uses; the page's headings and plain-text sections stay in the page. */
export type TellIslandText = Pick<
  TellText,
  | 'messages'
  | 'pick'
  | 'edit'
  | 'to'
  | 'someoneElse'
  | 'noCodeWord'
  | 'cardLink'
  | 'fromCard'
  | 'cardLocked'
  | 'noCard'
  | 'send'
  | 'sendTo'
  | 'share'
  | 'copy'
  | 'copied'
  | 'copyFailed'
>;
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
