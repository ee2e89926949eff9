import type { enPractise } from './en-practise';

import type { Widen } from './ar';

/**
 * The practice's interface words in Modern Standard Arabic (machine-assisted, not yet reviewed by a native speaker).
 * Same keys and {placeholders} as en-practise.ts.
 */
export const arPractise = {
  start: 'ابدأ التدرّب',
  startHint: 'نحو خمس دقائق. لا يُحفظ شيء مما تكتبه، ولا يُرسَل إلى أي مكان.',
  loading: 'جارٍ تحميل التدريب…',
  steps: {
    'choose-opener': 'اختر كيف تبدأ الحديث',
    'say-opener': 'دورك: قلها بصوت مسموع',
    'child-line': 'يقول طفلك…',
    reveal: 'طريقة هادئة للرد',
    summary: 'ما تدرّبت عليه',
  },
  again: 'مرة أخرى: الردود التي أردت العودة إليها',
  sayAloud: 'قل هذا بصوت مسموع، كأن طفلك أمامك:',
  saidIt: 'قلتُها',
  timerLabel: 'مؤقّت لطيف (20 ثانية لتقولها)',
  timerLeft: 'الثواني المتبقية: {n}',
  timerDone: 'انتهى الوقت. لا داعي للعجلة: تابع حين تكون مستعدًا.',
  speakLabel: 'اقرأ عبارات طفلي بصوت مسموع (على هذا الجهاز)',
  childSays: 'يقول طفلك:',
  yourTurn: 'دورك: كيف تردّ؟ قلها بصوت مسموع، أو اكتبها هنا أولًا.',
  ownReplyLabel: 'ردّك (اختياري، لا يُحفظ)',
  showSuggestion: 'أظهر طريقة للرد',
  youSaid: 'قلتَ:',
  youCouldSay: 'يمكنك أن تقول:',
  whyItHelps: 'لماذا يفيد هذا:',
  gotIt: 'فهمت، التالي',
  comeBack: 'سأعود إلى هذا الرد',
  progress: '{n} من {total}',
  summaryPractised: 'عدد الردود التي تدرّبت عليها: {n}.',
  summaryComeBack: 'الرد الذي تعود إليه:',
  summaryAllGood: 'لم يبدُ أيٌّ منها صعبًا هذه المرة.',
  summaryMessages: 'الرسائل الأساسية التي تريد أن يحملها طفلك معه:',
  addToPlan: 'أضف هذا الحديث إلى خطتي',
  /** The gaps branch's first line of the talk's note when the practice is added to the plan. */
  noteHeading: 'من التدرّب على هذا الحديث:',
  practiseAgain: 'تدرّب مرة أخرى ببداية مختلفة:',
} as const;

/** The compile-time check that arPractise has the shape of enPractise (extra keys from unmerged branches allowed). */
export const arPractiseShape: Widen<typeof enPractise> = arPractise;
