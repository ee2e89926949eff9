import { arApps } from './ar-apps';
import { arPages } from './ar-pages';
import { arPlan } from './ar-plan';
import { arPractise } from './ar-practise';
import { arYoung } from './ar-young';
import type { UiStrings } from './en';

import type { ArPlanShape } from './ar-plan';

/**
 * The English shape with every string widened to `string` (en.ts is `as const`, so its own type holds the English
 * words as literal types). Tuples stay tuples, so a list keeps its length.
 */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * T with the keys K made optional, where T has them (a K that T lacks is ignored): for words other branches add to
 * the English, which another Arabic file supplies and which fall back to English until they are wired in.
 */
export type OptionalKeys<T, K extends PropertyKey> = Omit<T, K> & { readonly [P in Extract<keyof T, K>]?: T[P] };

/**
 * The shape ar must have: every key of en.ts, with a string wherever English has one (so a missing or misspelt key
 * is a type error). Checked by assignment (arShape below), not `satisfies`, so that the order in which branches
 * land doesn't break the type check. `pages` (issue 17), `young` and `apps` (issue 15) come from tr-ar-1's
 * ar-pages.ts, ar-young.ts and ar-apps.ts: wire them in here (`pages: arPages`, `young: arYoung`, `apps: arApps`)
 * once those land; `plan.planner` (issue 16) likewise from its ar-planner.ts, in ar-plan.ts.
 */
export type ArShape = OptionalKeys<Widen<Omit<UiStrings, 'contentLinks' | 'plan'>>, 'pages' | 'young' | 'apps'> & {
  readonly contentLinks: Record<string, string>;
  readonly plan: ArPlanShape;
};

/**
 * Every UI string in Modern Standard Arabic (machine-assisted, not yet reviewed by a native speaker).
 * Same keys and {placeholders} as en.ts. Service names and key names (Shift, Esc) stay in Latin letters.
 */
export const ar = {
  /** The language tag for <html lang> and for dates (BCP 47). */
  locale: 'ar',
  siteName: 'Open Door',
  tagline: 'كيف تتحدث مع أطفالك عن الابتزاز الجنسي وعن الأمان على الإنترنت',
  skipLink: 'انتقل إلى المحتوى الرئيسي',
  nav: {
    label: 'التنقّل الرئيسي',
    talk: 'تحدّث',
    practise: 'تدرّب',
    plan: 'خطتي',
    help: 'مساعدة الآن',
  },
  quickExit: {
    label: 'خروج سريع',
    /** Shown instead of the label where the screen is too narrow; the accessible name stays the label. */
    short: 'خروج',
    hint: 'غادر هذا الموقع فورًا: اضغط Shift ثلاث مرات، أو Esc مرتين.',
    /** Announced politely after each counted Shift press. */
    progress: 'ضغطت Shift {n} من {total} مرات',
  },
  footer: {
    label: 'عن هذا الموقع',
    privacy: 'الخصوصية: لا شيء يغادر جهازك',
    about: 'عن الموقع والمصادر',
    schools: 'للمدارس',
    help: 'مساعدة الآن',
    note: 'مجاني وخاص ويعمل دون اتصال بالإنترنت. بلا حسابات، بلا تتبّع، بلا ملفات تعريف الارتباط.',
    emergency: 'إذا كان طفل في خطر الآن، فاتصل بـ {emergency}.',
  },
  privacyStored: {
    title: 'خطة عائلتك وتقدّمك في الاختبار، فقط بعد أن تستخدمهما.',
    body: 'فتح الخطة أو الاختبار لا يحفظ شيئًا. تُكتب الخطة عندما تكتب فيها شيئًا أو تضيف إليها شيئًا لأول مرة، ويُحفظ التقدّم في الاختبار عندما تجيب عن السؤال الأول. يبقى كلاهما فقط في مساحة التخزين الخاصة بهذا المتصفح (IndexedDB) على هذا الجهاز. وأثناء كتابتك في الخطة، يُحتفظ أيضًا بآخر تغيير لم يُحفظ بعد لبرهة قصيرة في التخزين المحلي للمتصفح، كي لا يضيع إذا أُغلقت الصفحة؛ وإذا عيّنت عبارة مرور، تُشفَّر هذه النسخة أيضًا. ويُحتفظ بالتقدّم في الاختبار هناك بالطريقة نفسها أثناء حفظه. لا شيء يُزامَن أو يُنسخ احتياطيًا أو يُشارَك، إلا إذا صدّرت ملفًا بنفسك.',
    youngTitle: 'بطاقتك وقائمة الأدلة وخطة السلامة، فقط بعد أن تضيف إليها شيئًا.',
    youngBody:
      'تُحفظ «بطاقتي»، وقائمة الأدلة في صفحة «أبلغ عنه واطلب إزالته»، وخطة السلامة في صفحة «الأيام التالية» في مساحة التخزين نفسها الخاصة بهذا المتصفح على هذا الجهاز، منذ أول شيء تضيفه. وأثناء حفظ أيٍّ منها، تبقى نسخة منه أيضًا لبرهة قصيرة في التخزين المحلي للمتصفح، كي لا يضيع سطر أضفته قبل مغادرة الصفحة مباشرة؛ وإذا كانت البطاقة مقفلة بعبارة مرور، تكون نسختها مقفلة أيضًا.',
  },
  privacyQuickExit: {
    heading: 'الخروج السريع: ما يفعله وما لا يفعله',
    what: 'في كل صفحة زر «خروج سريع» أعلى الشاشة، ويبقى ظاهرًا أثناء التمرير. ويمكنك أيضًا بلوحة المفاتيح أن تضغط Shift ثلاث مرات، أو Esc مرتين. يُخفي الخروج السريع الصفحة فورًا ويفتح موقعًا محايدًا ({host}) في علامة التبويب نفسها.',
    history:
      'هو يستبدل الصفحة التي أنت فيها فقط. تُزال تلك الصفحة من سجلّ علامة التبويب هذه، لكن صفحات Open Door التي فتحتها قبلها تبقى في سجلّها: إذا وصلت إلى هذه الصفحة من الصفحة الرئيسية، فالضغط على «رجوع» في {host} يعيدك إلى الصفحة الرئيسية لـ Open Door. والخروج السريع لا يحذف شيئًا من سجلّ التصفّح أيضًا، فمن يطّلع على قائمة السجلّ يمكنه أن يرى أن موقع Open Door قد فُتح.',
    saferHeading: 'لتتصفّح بأمان أكبر',
    privateWindow:
      'استخدم نافذة خاصة (اسمها Incognito في Chrome، وPrivate في Safari وFirefox). عندما تغلقها، ينسى المتصفح الصفحات التي فتحتها فيها. وينسى أيضًا كل ما حفظته في Open Door داخل تلك النافذة، مثل الخطة.',
    closeTab: 'أغلق علامة التبويب عندما تنتهي، كي لا يستطيع أحد الرجوع عبرها.',
    deleteHistory: 'احذف الزيارة من سجلّ التصفّح بعد ذلك.',
    chromeAndroid:
      'Chrome على هاتف Android: اضغط قائمة النقاط الثلاث، ثم History (السجلّ). اضغط علامة × أو Remove بجانب صفحة واحدة، أو اختر Delete browsing data لمسح المزيد.',
    safariIphone:
      'Safari على iPhone: افتح تطبيق Settings (الإعدادات)، ثم Safari (في أجهزة iPhone الأحدث: Apps، ثم Safari)، واختر Clear History and Website Data. يمسح هذا أيضًا بيانات المواقع المحفوظة، ومنها بيانات Open Door.',
    otherBrowsers: 'في المتصفحات الأخرى إعداد مشابه، يكون عادةً تحت History أو Privacy في قائمة المتصفح.',
    synced:
      'إذا كنت مسجّل الدخول في متصفحك (حساب Google في Chrome، أو iCloud في Safari)، فقد يُشارَك سجلّك مع أجهزتك الأخرى، فتظهر الزيارة هناك أيضًا.',
    saferDevice: 'إذا ظننت أن أحدًا يراقب جهازك، فقد يكون جهاز أكثر أمانًا أفضل (جهاز صديق، أو مكتبة عامة، أو المدرسة).',
  },
  notices: {
    offlineReady: 'جاهز للاستخدام دون اتصال. يعمل Open Door الآن دون إنترنت.',
    updateReady: 'إصدار جديد جاهز.',
    reload: 'أعد التحميل',
    dismiss: 'إغلاق',
  },
  /** الفئات العمرية الأربع: التسمية وحدها، والاسم داخل جملة، وما يفهمه الأطفال في هذا العمر، وهدف الأحاديث. */
  bands: {
    '4-7': {
      label: 'الأعمار من 4 إلى 7 سنوات',
      name: 'من 4 إلى 7 سنوات',
      understands:
        'يتعلّم الأطفال الصغار أفضل من خلال قواعد بسيطة وقصص وعادات يومية. يفهمون أن «جسمي ملكي»، والفرق بين مفاجأة جميلة وسرّ سيّئ، وأن الكبار موجودون ليساعدوا.',
      aims: 'بناء عادة إخبار شخص كبير، من غير أي حديث عن مخاطر الإنترنت. هذه أسس، تُستعمل بحضور شخص بالغ.',
    },
    '8-10': {
      label: 'الأعمار من 8 إلى 10 سنوات',
      name: 'من 8 إلى 10 سنوات',
      understands:
        'يبدأ الأطفال في هذا العمر باللعب وتبادل الرسائل ومشاهدة الفيديوهات بمساعدة أقل. يستطيعون أن يفهموا أن الناس على الإنترنت ليسوا دائمًا من يقولون إنهم هم، ويهتمون كثيرًا بالقواعد وبالعدل.',
      aims: 'التعرّف على علامات التحذير المبكرة (طلب الصور، والانتقال إلى تطبيق آخر، والأسرار التي تُشعرهم بالسوء)، ومعرفة أنهم لن يقعوا أبدًا في ورطة لأنهم أخبروا أحدًا.',
    },
    '11-13': {
      label: 'الأعمار من 11 إلى 13 سنة',
      name: 'من 11 إلى 13 سنة',
      understands:
        'يحصل كثيرون منهم الآن على أول هاتف وأول حسابات على مواقع التواصل. يستطيعون أن يتتبّعوا كيف تعمل الخدعة، ويقلقون من الإحراج ومن خسارة هواتفهم.',
      aims: 'تسمية الابتزاز الجنسي بوضوح، وشرح كيف تعمل الخدعة، وجعل خطوات «إذا حدث ذلك يومًا» مألوفة قبل أن يحتاجوا إليها.',
    },
    '14-17': {
      label: 'الأعمار من 14 إلى 17 سنة',
      name: 'من 14 إلى 17 سنة',
      understands:
        'يريد المراهقون أن يُعامَلوا على أنهم قادرون. يعرفون عن التطبيقات أكثر مما نعرف، ويستجيبون للحقائق والاحترام والخطط العملية أكثر من التحذيرات.',
      aims: 'الحديث معهم كأنداد عن طريقة عمل المجرمين، وعن الموافقة، والقانون، وأدوات إزالة الصور، حتى يعرفوا بالضبط ماذا يفعلون، وأنهم يستطيعون اللجوء إليك.',
    },
  },
  script: {
    allAges: 'كل الأعمار',
    twoMinutesHeading: 'في دقيقتين',
    twoMinutesIntro: 'وقتك ضيّق؟ يمكنك أن تقول هذا اليوم:',
    twoMinutesAvoid: 'الشيء الوحيد الذي تتجنّبه:',
    jumpLabel: 'في هذه الصفحة',
    jumpFull: 'اقرأ الحديث كاملًا',
    jumpPractise: 'تدرّب على قوله',
    age: 'العمر',
    time: 'المدة',
    // Arabic counts: 3 to 10 take the plural (دقائق), 11 to 99 and 100 and more the singular (دقيقة).
    minutes: {
      zero: 'نحو {n} دقيقة',
      one: 'نحو {n} دقيقة',
      two: 'نحو {n} دقيقة',
      few: 'نحو {n} دقائق',
      many: 'نحو {n} دقيقة',
      other: 'نحو {n} دقيقة',
    },
    goodMoments: 'لحظات مناسبة لفتح الموضوع',
    openers: 'طرق للبدء',
    keyMessages: 'ما تريد أن يحمله طفلك معه',
    inTheirWords: 'بكلمات طفلك:',
    replies: 'قد يقول…',
    youCouldSay: 'يمكنك أن تقول:',
    why: 'لماذا:',
    avoid: 'حاول ألّا تقول',
    insteadOf: 'بدلًا من',
    try: 'جرّب:',
    followUp: 'بعد ذلك',
    disclosureLead: 'إذا أخبرك طفلك أن شيئًا قد حدث:',
    disclosureText: 'ابقَ هادئًا، واشكره، واتّبع',
    parentSteps: 'خطوات الوالدين',
    practiseHeading: 'تدرّب على هذا الحديث',
    practiseIntro:
      'تدرّب وحدك أولًا: قل إحدى البدايات بصوت مسموع، وأجب بكلماتك عمّا قد يقوله طفلك، ثم اطّلع على طريقة هادئة للرد.',
  },
  practise: arPractise,
  simulation: {
    breadcrumb: 'خطّط لحديث',
    stopTop: 'توقّف متى شئت:',
    stopLink: 'اذهب إلى ما يساعد',
    stepOf: 'الخطوة {n} من {total}',
    them: 'يكتبون:',
    you: 'يكتب طفلك:',
    pause: 'توقّف لحظة:',
    couldLeave: 'ما زال بإمكانه الانسحاب هنا:',
    next: 'الخطوة التالية',
    stop: 'توقّف هنا واطّلع على ما يساعد',
    relatedHeading: 'الأحاديث المرتبطة بهذا',
    relatedIntro: 'ناقش الأمر مع طفلك باستخدام نص يناسب عمره:',
    forBand: 'لعمر {band}',
    indexLink: 'انظر بعينَي طفلك: كيف تتكشّف محاولة ابتزاز جنسي (لآباء وأمهات من تتراوح أعمارهم بين 11 و17 سنة)',
  },
  helpRoute: {
    call: 'اتصل',
    website: 'الموقع',
    textNumber: 'رسالة نصية إلى {number}',
    textKeyword: 'أرسل كلمة {keyword} إلى {number}',
    serves: { 'under-18': 'لمن هم دون 18 سنة', '18-plus': 'للبالغين (18 سنة فما فوق)', anyone: 'للجميع' },
    checked: 'تحقّقنا منه في',
    against: 'بالرجوع إلى',
    showFor: 'اعرض المساعدة في',
    regionsHeading: 'من يمكنه المساعدة حيث تعيش',
    allCountries: 'كل البلدان',
  },
  quiz: {
    loading: 'جارٍ تحميل تقدّمك…',
    modeLabel: 'كيف تلعب؟',
    together: 'معًا',
    alone: 'وحدي',
    progress: 'الموقف {n} من {total}',
    takeTurns: 'تناوبا أولًا',
    grownUpTurn: 'الشخص البالغ: ماذا كنت ستفعل؟',
    youngPersonTurn: 'الشاب أو الشابة: ماذا كنت ستفعل؟',
    decideTogether: 'تناقشا في الأمر، ثم اختارا إجابة واحدة معًا.',
    showWhy: 'انظر ماذا يحدث',
    chooseFirst: 'اختر إجابة أولًا.',
    feedbackHeading: 'إلامَ يؤدي كل اختيار',
    why: 'لماذا؟',
    otherChoices: 'الاختيارات الأخرى',
    nowTalk: 'والآن تحدّثا عنه',
    promptGrownUp: 'الشخص البالغ:',
    promptYoungPerson: 'الشاب أو الشابة:',
    agreeHeading: 'أمور تتّفقون عليها',
    agreeIntro: 'أمران أو ثلاثة يمكن لعائلتك أن تتّفق عليها اليوم. لكلٍّ منها حديث يمكنك إضافته إلى خطتك.',
    addToPlan: 'أضف هذا الحديث إلى خطتي',
    /** The gaps branch's first line of the talk's note when it is added from the end of the quiz. */
    agreeNote: 'أمور نتّفق عليها، من المواقف التي ناقشناها:',
    goodChoice: 'اختيار جيد',
    notBest: 'ليس الاختيار الأفضل',
    youChose: 'اخترت هذا',
    talkAboutIt: 'تحدّثا عنه:',
    relatedScript: 'الحديث المرتبط بهذا:',
    next: 'الموقف التالي',
    finish: 'انظر عمّ تتحدّثون',
    back: 'رجوع',
    startAgain: 'ابدأ من جديد',
    clear: 'امسح التقدّم المحفوظ',
    cleared: 'مُسح التقدّم المحفوظ.',
    doneHeading: 'مررت بكل المواقف',
    doneIntro: 'لا توجد نقاط. المهم هو ما تحدّثتم عنه.',
    revisitHeading: 'يستحق أن تتحدّثوا عنه مجددًا',
    revisitNone: 'اخترت إجابة جيدة في كل مرة. ونقاط النقاش أدناه ما زالت تستحق الحديث.',
    talkingPointsHeading: 'المزيد للحديث عنه',
    scriptsHeading: 'أحاديث مرتبطة بهذه المواقف',
    storageUnavailable:
      'هذا المتصفح لا يسمح لـ Open Door بحفظ أي شيء (تصفّح خاص، أو التخزين مُعطَّل)، لذلك لن يتذكّر الاختبار أين توقّفت. كل ما عدا ذلك يعمل.',
  },
  plan: arPlan,
  pages: arPages,
  young: arYoung,
  apps: arApps,
  emergency: {
    lead: 'إذا كان أحد في خطر الآن، أو يفكّر في إيذاء نفسه،',
    numbers: 'فاتصل بـ {emergency}.',
  },
  regionText: {
    neutral: {
      emergency: 'رقم الطوارئ في بلدك',
      'child-helpline': 'خط مساعدة للشباب',
      'crisis-line': 'خط مجاني للأزمات',
      police: 'الشرطة حيث تعيش',
      'child-report': 'جهة الإبلاغ لحماية الأطفال في بلدك',
      'removal-under-18': 'خدمة إزالة صور لمن هم دون 18 سنة',
      'removal-adult': 'خدمة إزالة صور للبالغين',
      'adult-helpline': 'خط مساعدة للآباء والأمهات القلقين',
    },
    or: 'أو',
    and: 'و',
    seeByCountry: 'اطّلع على المساعدة حسب البلد',
    list: { comma: '، ', semicolon: '؛ ', and: ' و' },
    numbersFor: 'أرقام المساعدة في:',
    noChoice: 'كل البلدان',
    change: 'غيّر',
    choose: 'اختر بلدك',
  },
  guideBranches: {
    label: 'إذا كان هذا وضعك',
    lead: 'إذا كان أحد هذه المواقف وضعك، فانتقل مباشرة إلى خطواته:',
  },
  breadcrumb: 'مسار التنقّل',
  contentLinks: {
    '/help/': 'مساعدة الآن',
    '/help/parent/': 'خطوات الوالدين',
    '/help/young-person/': 'خطوات للشباب',
    '/help/friend/': 'مساعدة صديق',
    '/help/routes/': 'المساعدة حسب البلد',
  } as Record<string, string>,
  mainLinks: {
    talk: 'نصوص الحديث حسب العمر',
    home: 'الصفحة الرئيسية لـ Open Door',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'هذه الصفحة غير موجودة. هذه هي الأقسام الرئيسية في Open Door.',
    heading: 'لم نجد هذه الصفحة',
    lead: 'ربما الرابط قديم أو فيه خطأ. إليك إلى أين تذهب من هنا.',
    helpNote: '، إذا كان شيء يحدث الآن',
  },
  offline: {
    title: 'أنت غير متصل بالإنترنت',
    description:
      'هذه الصفحة غير محفوظة على هذا الجهاز بعد. صفحات المساعدة والنصوص التي فتحتها من قبل ما زالت تعمل دون اتصال.',
    lead: 'هذه الصفحة غير محفوظة على هذا الجهاز بعد، ولا يوجد اتصال لجلبها. كل ما حفظه Open Door عند زيارتك الأولى ما زال يعمل.',
    helpNote: ': خطوات تتّخذها ومن تتواصل معه',
    danger: 'إذا كان أحد في خطر، فاتصل برقم الطوارئ في بلدك. الاتصال بأرقام الطوارئ يعمل دون بيانات الجوال.',
  },
  sources: {
    heading: 'المصادر',
    guideHeading: 'من أين تأتي هذه النصائح',
    inEnglish: 'بالإنجليزية',
  },
  talkBand: {
    title: 'أحاديث لعمر {band}',
    description: 'نصوص حديث للأطفال بعمر {band}: {topics} وغير ذلك.',
    aims: 'ما تهدف إليه هذه الأحاديث:',
    choose: 'اختر حديثًا',
  },
  share: {
    fallback: 'رابط هذه الصفحة:',
    share: 'شارك هذه الصفحة',
    copy: 'انسخ رابط هذه الصفحة',
    copied: 'نُسخ الرابط. الصقه حيث تشاء.',
  },
  schools: {
    title: 'للمدارس',
    description:
      'نص جاهز للنشرة المدرسية، وروابط ورموز QR لكل عمر، وملصق ومنشور للطباعة، ومخطّط لأمسية أولياء الأمور: شارك Open Door مع العائلات.',
    heading: 'للمدارس: شارك Open Door مع العائلات',
    lead: 'كل ما تحتاجه لتعريف العائلات بـ Open Door، جاهز في عصر يوم واحد: نص لنشرتك، وروابط ورموز QR لكل عمر، وملصق ومنشور للطباعة، ومخطّط لأمسية أولياء الأمور.',
    contentsLabel: 'في هذه الصفحة',
    address: 'كل رابط ورمز QR هنا يشير إلى',
    localAddress:
      'بُنيت هذه النسخة لعنوان محلي، فروابطها ورموزها لا تعمل إلا على هذا الحاسوب. لمشاركتها، ابنِها بعنوانك الخاص (انظر «استضافة نسختك الخاصة» أدناه).',
    newsletter: {
      heading: 'نص النشرة',
      intro:
        'نسختان للنسخ واللصق. الروابط مكتوبة كاملة، فتعمل في رسالة بريد إلكتروني وعلى موقع إلكتروني وعلى الورق. غيّر ما تشاء، وأضف وسيلة التواصل الخاصة بك حيث ترى أقواسًا مربعة.',
      copy: 'انسخ {label}',
      copied: 'نُسخ. الصقه في نشرتك.',
      failed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
      ceop: 'يضع Open Door روابط لنصائح CEOP (المملكة المتحدة) بدلًا من نسخها. افعل مثل ذلك من فضلك: ضع روابط لصفحاتهم، ولا تلصق موادّهم في نشرتك.',
    },
    country: {
      heading: 'روابط للعائلات في بلد واحد',
      intro: 'تفتح هذه العناوين Open Door وأرقام بلد واحد مختارة مسبقًا، ويطبعها الملصق والمنشور.',
      /** The gaps branch's country choice above the links and codes. */
      chooseHeading: 'بلد عائلات مدرستك',
      chooseIntro:
        'اختر بلدًا، فيفتح كل رابط ورمز QR هنا، وعلى الملصق والمنشور، موقع Open Door بأرقام ذلك البلد. ومن دون بلد، تختار العائلات بلدها بنفسها.',
      now: 'الروابط والرموز لـ:',
      noneChosen: 'دون بلد (تختار العائلات)',
      none: 'دون بلد',
      poster: 'الملصق',
      flyer: 'المنشور',
    },
    links: {
      heading: 'الروابط ورموز QR',
      intro:
        'أرسل العائلات مباشرة إلى الصفحة المناسبة. كل رمز QR يفتح العنوان المكتوب تحته: ضعه على شريحة عرض، أو في رسالة، أو على موقعك.',
      download: 'نزّل رمز QR (SVG)',
      downloadFor: 'نزّل رمز QR (SVG): {label}',
      qrAlt: 'رمز QR للعنوان {url}',
      targets: {
        home: 'الصفحة الرئيسية لـ Open Door',
        talk: 'أحاديث لعمر {band}',
        help: 'مساعدة الآن',
        quiz: 'تدرّب على مواقف يومية',
      },
    },
    print: {
      heading: 'ملصق ومنشور للطباعة',
      intro:
        'كلاهما يُطبع بالأبيض والأسود على ورق A4 أو US Letter، مع رمز QR إلى Open Door وسطر لوسيلة التواصل مع مدرستك.',
      poster: 'الملصق',
      posterText: 'صفحة واحدة، للوحات الإعلانات وللمدخل الذي يستخدمه أولياء الأمور.',
      flyer: 'منشور بنصف صفحة',
      flyerText: 'اثنان في كل ورقة: قُصّ على طول الخط. لحقائب الكتب ولأمسيات أولياء الأمور.',
    },
    evening: {
      heading: 'أمسية لأولياء الأمور',
      minutes: '{n} دقائق',
      before: 'قبل الأمسية',
      plan: 'الأمسية',
      links: 'اعرض أو شارك',
      care: 'الاهتمام بالحاضرين في القاعة',
    },
    hosting: {
      heading: 'استضافة نسختك الخاصة',
      text: 'يمكن لمدرسة أو مجموعة مدارس أو مجلس محلي أن يستضيف نسخته الخاصة من Open Door على موقعه، حتى داخل مجلد مثل /open-door/. ابنِها بعنوانك الخاص، فيتبعه كل رابط ورمز QR وملصق ومنشور. ويشرح ملف README المرفق مع Open Door الطريقة في خطوات قليلة.',
    },
    back: 'رجوع إلى صفحة المدارس',
    printButton: 'اطبع',
    printHint:
      'أو استخدم أمر الطباعة في متصفحك (Ctrl+P، أو Cmd+P على Mac). اختر A4 أو Letter والأبيض والأسود؛ وأوقف الترويسات والتذييلات إن أضافها متصفحك.',
    poster: {
      title: 'ملصق للطباعة',
      description: 'ملصق من صفحة واحدة عن Open Door للوحات إعلانات المدارس، مع رمز QR. يُطبع على A4 أو US Letter.',
      heading: 'ملصق للطباعة',
      lead: 'صفحة واحدة، بالأبيض والأسود، على A4 أو US Letter. اكتب وسيلة التواصل مع مدرستك على السطر في الأسفل.',
      preview: 'الملصق',
    },
    flyer: {
      title: 'منشور للطباعة',
      description: 'منشور بنصف صفحة عن Open Door للعائلات، مع رمز QR. يُطبع اثنان في كل ورقة A4 أو US Letter.',
      heading: 'منشور للطباعة',
      lead: 'يُطبع منشوران على كل ورقة A4 أو US Letter، بالأبيض والأسود: قُصّ على طول الخط المتقطّع. اكتب وسيلة التواصل مع مدرستك على السطر.',
      preview: 'المنشور',
      cutHere: 'قُصّ هنا',
    },
  },
} as const;

/** The compile-time check that ar has the shape of en (see ArShape). */
export const arShape: ArShape = ar;
