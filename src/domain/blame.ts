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
  es: { fault: /(?:\S+\s+){0,2}(?:tu culpa|culpa tuya)/g, denied: /(^|[\s“"«¿¡(])(no|nunca|ni|sin)\s/ },
  ar: { fault: /(?:\S+\s+){0,2}(?:ذنبك|غلطتك)/g, denied: /(ليس|ليست|لم|لا|ما)(\s|$)/ },
};

/**
 * Shaming words and phrases per language, flagged unless a negation comes before them in the same clause ("there is
 * nothing to be ashamed of": «لا شيء يدعو إلى العار», "no deberías avergonzarte"). Matched as whole words, so
 * «عارية» (naked) is not «عار» (shame) and «مخزن» (a store) is not «مخز» (shameful); an Arabic word may carry a
 * one-letter prefix (و، ف، ب، ل، ك), so «بالعار» is «العار». Shyness and embarrassment («يخجلون»، «الخجل») are left
 * out on purpose: the content uses them kindly ("many children are shy like this").
 */
export const SHAMING_BY_LOCALE: Record<'es' | 'ar', readonly string[]> = {
  es: [
    'qué vergüenza',
    'deberías avergonzarte',
    'debería darte vergüenza',
    'me avergüenzas',
    'nos avergüenzas',
    'nos has avergonzado',
  ],
  ar: [
    'يجب أن تخجل',
    'ينبغي أن تخجل',
    'عليك أن تخجل',
    'اخجل من نفسك',
    'فضيحة',
    'الفضيحة',
    'فضائح',
    'فضحتنا',
    'فضحتني',
    'مخز',
    'مخزي',
    'مخزية',
    'مخزيا',
    'عار',
    'عارا',
    'العار',
  ],
};

/** Words that negate a shaming word later in the same clause ("no", «لا»، «ليس»، «لم»…). */
const NEGATIONS: Record<'es' | 'ar', ReadonlySet<string>> = {
  es: new Set(['no', 'nunca', 'ni', 'sin', 'nada']),
  ar: new Set(['لا', 'ليس', 'ليست', 'لست', 'لسنا', 'لم', 'لن', 'بلا', 'غير', 'دون']),
};

/**
 * Text as the lint compares it: lower case, NFC; in Arabic without harakat and tatweel, and every alif with hamza or
 * madda as a bare alif (people write «ان» for «أن», «مخز» for «مخزٍ»).
 */
function normaliseFor(text: string, locale: 'es' | 'ar'): string {
  const lower = text.normalize('NFC').toLowerCase();
  return locale === 'ar' ? lower.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا') : lower;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
const CLAUSE_BREAK = /[.,،؛;:!?؟¡¿…«»"“”()]/;

/** The forms an Arabic word may stand for once a one-letter prefix is taken off («وبالعار» -> «بالعار», «العار»). */
function wordForms(word: string, locale: 'es' | 'ar'): string[] {
  if (locale !== 'ar') return [word];
  const forms = new Set([word]);
  for (const form of [word, ...(/^[وف]/.test(word) ? [word.slice(1)] : [])]) {
    forms.add(form);
    if (form.length > 3 && /^[بلك]/.test(form)) forms.add(form.slice(1));
    if (form.length > 3 && form.startsWith('لل')) forms.add(`ال${form.slice(2)}`);
  }
  return [...forms];
}

/** The shaming words of SHAMING_BY_LOCALE in a text, where no negation comes before them in their clause. */
function findShaming(text: string, locale: 'es' | 'ar'): string[] {
  const clauses = normaliseFor(text, locale)
    .split(CLAUSE_BREAK)
    .map((clause) => clause.match(TOKEN) ?? []);
  return SHAMING_BY_LOCALE[locale].filter((phrase) => {
    const words = normaliseFor(phrase, locale).split(' ');
    return clauses.some((tokens) =>
      tokens.some((token, start) => {
        const matches =
          wordForms(token, locale).includes(words[0]!) &&
          words.slice(1).every((word, offset) => tokens[start + 1 + offset] === word);
        if (!matches) return false;
        const negated = tokens
          .slice(0, start)
          .some((before) => wordForms(before, locale).some((form) => NEGATIONS[locale].has(form)));
        return !negated;
      }),
    );
  });
}

/** The blaming and shaming phrases found in a text in a language (English by default). */
export function findBlamingLanguageIn(text: string, locale: 'en' | 'es' | 'ar'): string[] {
  if (locale === 'en') return findBlamingLanguage(text);
  const normalised = normaliseFor(text, locale);
  const found: string[] = BLAMING_PHRASES_BY_LOCALE[locale].filter((phrase) =>
    normalised.includes(normaliseFor(phrase, locale)),
  );
  const uses = normalised.match(FAULT[locale].fault) ?? [];
  if (uses.some((use) => !FAULT[locale].denied.test(use))) found.push('your fault');
  for (const phrase of findShaming(text, locale)) if (!found.includes(phrase)) found.push(phrase);
  return found;
}
