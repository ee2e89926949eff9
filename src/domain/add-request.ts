import { isBandId, type BandId } from './bands';

/** A request from a script page to add its talk to the plan: "?add=<band>/<topic>". */
export interface AddRequest {
  band: BandId;
  topic: string;
}

/** Reads the request from a query string; anything malformed is ignored (undefined). */
export function readAddRequest(
  search: string,
  knownTopics: (band: BandId) => readonly string[],
): AddRequest | undefined {
  const value = new URLSearchParams(search).get('add');
  const match = value ? /^([0-9]+-[0-9]+)\/([a-z0-9-]+)$/.exec(value) : null;
  if (!match) return undefined;
  const [, band, topic] = match;
  if (!band || !topic || !isBandId(band) || !knownTopics(band).includes(topic)) return undefined;
  return { band, topic };
}

/** The query string that asks My plan to add a talk ("?add=11-13%2Fwhat-sextortion-is"); readAddRequest reads it back. */
export function addRequestQuery(request: AddRequest): string {
  return `?add=${encodeURIComponent(`${request.band}/${request.topic}`)}`;
}
