import type { Locale } from '../domain/locales';

/**
 * The words about languages themselves, in every language at once: a page shows the line suggesting another
 * language in THAT language ("Esta página también está en español"), so each page carries the other languages'
 * lines too. Kept apart from en.ts/es.ts/ar.ts because they are written with the language architecture, not
 * translated from an English file. Arabic: Modern Standard Arabic; Spanish: neutral. Both machine-assisted.
 */
export interface LanguageText {
  /** The switcher's accessible name. */
  label: string;
  /** Offered on another language's page: this page exists in this language too. */
  suggest: string;
  dismiss: string;
  /** On a translated page: how it was translated, then a link to the English page. */
  machineNote: string;
  readEnglish: string;
  /** On a page whose words are still the English ones (the translation does not exist yet). */
  notTranslated: string;
  /** "Keep this language for offline use", its confirmation, and what to do when it could not be done. */
  keepOffline: string;
  /** The same, in the language already kept, when some of its pages did not fit the precache. */
  keepEveryPage: string;
  kept: string;
  keepFailed: string;
}

export const LANGUAGE_TEXT: Record<Locale, LanguageText> = {
  en: {
    label: 'Language',
    suggest: 'This page is also in English.',
    dismiss: 'No, thanks',
    machineNote: '',
    readEnglish: '',
    notTranslated: '',
    keepOffline: 'Keep this language for offline use',
    keepEveryPage: 'Keep every page for offline use',
    kept: 'The English pages are now kept on this device, so they open without a connection.',
    keepFailed: 'The pages could not be kept just now. Try again when you are online.',
  },
  es: {
    label: 'Idioma',
    suggest: 'Esta página también está en español.',
    dismiss: 'No, gracias',
    machineNote: 'Traducción hecha con ayuda de una máquina, aún sin revisar por una persona nativa.',
    readEnglish: 'Leer en inglés',
    notTranslated: 'Esta página aún no está traducida: se muestra en inglés.',
    keepOffline: 'Guardar este idioma para usarlo sin conexión',
    keepEveryPage: 'Guardar todas las páginas para usarlas sin conexión',
    kept: 'Las páginas en español ya están guardadas en este dispositivo y se abren sin conexión.',
    keepFailed: 'No se pudieron guardar las páginas ahora. Inténtalo de nuevo cuando tengas conexión.',
  },
  ar: {
    label: 'اللغة',
    suggest: 'هذه الصفحة متوفرة أيضًا باللغة العربية.',
    dismiss: 'لا، شكرًا',
    machineNote: 'ترجمة بمساعدة آلية، لم يراجعها متحدث أصلي بعد.',
    readEnglish: 'اقرأها بالإنجليزية',
    notTranslated: 'لم تُترجم هذه الصفحة بعد، فهي بالإنجليزية.',
    keepOffline: 'احتفظ بهذه اللغة للاستخدام دون اتصال',
    keepEveryPage: 'احتفظ بكل الصفحات للاستخدام دون اتصال',
    kept: 'أصبحت الصفحات العربية محفوظة على هذا الجهاز، وتُفتح دون اتصال بالإنترنت.',
    keepFailed: 'تعذّر حفظ الصفحات الآن. حاول مرة أخرى عندما تكون متصلًا بالإنترنت.',
  },
};
