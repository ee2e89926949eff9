/**
 * Phrases that blame or shame a child. Nothing a parent is told to say may contain them.
 * "Not your fault" is fine; "your fault" on its own is not.
 */
export const BLAMING_PHRASES = [
  'why did you',
  'why would you',
  'how could you',
  'what were you thinking',
  'you should have known',
  'you should know better',
  'should have known better',
  'stupid',
  'dirty',
  'disgusting',
  'shameful',
  'ashamed of you',
  'idiot',
  'naive',
  'asking for it',
  'i told you so',
  'brought it on',
] as const;

/** Returns the blaming phrases found in the text (case-insensitive), allowing "not your fault". */
export function findBlamingLanguage(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[’]/g, "'");
  const found: string[] = BLAMING_PHRASES.filter((phrase) => normalised.includes(phrase));
  const faultUses = normalised.match(/(?:[\w']+\s+)?your fault/g) ?? [];
  if (faultUses.some((use) => !/^(not|never|isn't|wasn't|nobody's|no one's)\s/.test(use))) {
    found.push('your fault');
  }
  return found;
}

/**
 * The same lint in the other languages: their blaming and shaming phrases, written for how a parent would say them
 * (Spanish: neutral forms for the US and Spain; Arabic: Modern Standard Arabic), lower-cased.
 */
export const BLAMING_PHRASES_BY_LOCALE: Record<'es' | 'ar', readonly string[]> = {
  es: [
    'por qué hiciste',
    'por qué lo hiciste',
    'cómo pudiste',
    'en qué estabas pensando',
    'deberías haberlo sabido',
    'tendrías que haberlo sabido',
    'deberías saberlo',
    'estúpid',
    'sucio',
    'sucia',
    'asqueros',
    'vergonzoso',
    'vergonzosa',
    'me avergüenzo de ti',
    'idiota',
    'ingenu',
    'te lo buscaste',
    'te lo has buscado',
  ],
  ar: [
    'لماذا فعلت',
    'كيف استطعت',
    'كيف أمكنك',
    'بماذا كنت تفكر',
    'فيم كنت تفكر',
    'كان يجب أن تعرف',
    'كان عليك أن تعرف',
    'غبي',
    'قذر',
    'مقرف',
    'عار عليك',
    'أخجل منك',
    'أحمق',
    'ساذج',
    'ألم أقل لك',
    'جلبت هذا على نفسك',
  ],
};

/** "Your fault" said as blame, not as "not your fault", per language. */
const FAULT: Record<'es' | 'ar', { fault: RegExp; denied: RegExp }> = {
  es: { fault: /(?:\S+\s+){0,2}(?:tu culpa|culpa tuya)/g, denied: /(^|\s)(no|nunca|ni|sin)\s/ },
  ar: { fault: /(?:\S+\s+){0,2}(?:ذنبك|غلطتك)/g, denied: /(ليس|ليست|لم|لا|ما)(\s|$)/ },
};

/** The blaming phrases found in a text in a language (English by default). */
export function findBlamingLanguageIn(text: string, locale: 'en' | 'es' | 'ar'): string[] {
  if (locale === 'en') return findBlamingLanguage(text);
  const normalised = text.toLowerCase();
  const found: string[] = BLAMING_PHRASES_BY_LOCALE[locale].filter((phrase) => normalised.includes(phrase));
  const uses = normalised.match(FAULT[locale].fault) ?? [];
  if (uses.some((use) => !FAULT[locale].denied.test(use))) found.push('your fault');
  return found;
}
