import { enPlan } from './en-plan';
import { enPages } from './en-pages';
import { enApps } from './en-apps';
import { enPractise } from './en-practise';
import { enYoung } from './en-young';

/** Every UI string in English. A second language is a second file with the same shape. */
export const en = {
  /** The language tag for <html lang> and for dates (BCP 47). */
  locale: 'en-GB',
  siteName: 'Open Door',
  tagline: 'Talking with your children about sextortion and staying safe online',
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    talk: 'Talk',
    practise: 'Practise',
    plan: 'My plan',
    help: 'Get help now',
  },
  quickExit: {
    label: 'Quick exit',
    /** Shown instead of the label where the screen is too narrow; the accessible name stays the label. */
    short: 'Exit',
    hint: 'Leave this site at once: press Shift three times, or Esc twice.',
    /** Announced politely after each counted Shift press. */
    progress: 'Shift pressed {n} of {total} times',
  },
  footer: {
    label: 'About this site',
    privacy: 'Privacy: nothing leaves your device',
    about: 'About and sources',
    schools: 'For schools',
    help: 'Get help now',
    note: 'Free, private, works offline. No accounts, no tracking, no cookies.',
    /** Region tokens: see src/domain/region-text.ts (the neutral reading lists every country's number). */
    emergency: 'If a child is in danger now, call {emergency}.',
  },
  /** /privacy/, "What is stored": exactly when the plan and quiz progress are written. */
  privacyStored: {
    title: 'Your family plan and quiz progress, only once you use them.',
    body: "Opening the plan or a quiz stores nothing. The plan is written when you first type or add something in it; quiz progress when you answer the first question. Both live only in this browser's own storage (IndexedDB) on this device. While you type in the plan, your latest unsaved change is also kept for a moment in the browser's local storage, so it isn't lost if the page closes; with a passphrase set, that copy is encrypted too. Quiz progress is kept there the same way while it saves. When you add what you practised to the plan, those words wait in this tab's session storage only until My plan opens, then they are removed. Nothing is synced, backed up or shared unless you export a file yourself.",
    youngTitle: 'Your card, evidence list and safety plan, only once you add something.',
    youngBody:
      'My card, the evidence list on “Report it and get it removed” and the safety plan on “The days after” are kept in the same browser storage on this device, from the first thing you add. While one of them saves, a copy also waits for a moment in local storage, so a line added just before you leave the page is not lost; a card locked with a passphrase has its copy locked too.',
  },
  /** /privacy/, "Quick exit: what it does and what it doesn't": exactly what happens to history. */
  privacyQuickExit: {
    heading: "Quick exit: what it does and what it doesn't",
    what: 'Every page has a Quick exit button at the top of the screen, and it stays there as you scroll. With a keyboard you can also press Shift three times, or Esc twice. Quick exit hides the page at once and opens a neutral site ({host}) in the same tab.',
    history:
      "It replaces only the page you are on. That page is taken out of this tab's history, but earlier Open Door pages stay in this tab's history: if you came to this page from the home page, pressing Back on {host} goes to Open Door's home page. Quick exit does not delete anything from your browsing history either, so someone who looks at the history list can still see that Open Door was visited.",
    saferHeading: 'To browse more safely',
    privateWindow:
      'Use a private window (called Incognito in Chrome, Private in Safari and Firefox). When you close it, the browser forgets the pages you opened in it. It also forgets anything you saved on Open Door in that window, such as a plan.',
    closeTab: 'Close the tab when you have finished, so nobody can press Back through it.',
    deleteHistory: 'Delete the visit from your history afterwards.',
    chromeAndroid:
      'Chrome on an Android phone: tap the three-dot menu, then History. Tap the cross or Remove next to one page, or choose Delete browsing data to clear more.',
    safariIphone:
      "Safari on an iPhone: open the Settings app, then Safari (on newer iPhones, Apps, then Safari), and choose Clear History and Website Data. This also clears saved website data, including Open Door's.",
    otherBrowsers:
      "Other browsers have the same kind of setting, usually under History or Privacy in the browser's menu.",
    synced:
      'If you are signed in to your browser (a Google account in Chrome, or iCloud for Safari), your history may be shared with your other devices, so a visit can show up there too.',
    saferDevice:
      "If you think someone is checking your device, a safer device (a friend's, a library's, a school's) may be better.",
  },
  notices: {
    offlineReady: 'Ready to use offline. Open Door now works without a connection.',
    updateReady: 'A new version is ready.',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
  /**
   * The four age bands (ids in src/domain/bands.ts): label on its own ("Ages 8 to 10"), name inside a sentence
   * ("Talks for ages 8 to 10"), what children this age understand, and what the talks aim at.
   */
  bands: {
    '4-7': {
      label: 'Ages 4 to 7',
      name: 'ages 4 to 7',
      understands:
        'Young children learn best through simple rules, stories and routines. They understand "my body is mine", the difference between a nice surprise and a bad secret, and that grown-ups are there to help.',
      aims: 'Build the habit of telling a grown-up, with no online danger talk. These are foundations, used with an adult nearby.',
    },
    '8-10': {
      label: 'Ages 8 to 10',
      name: 'ages 8 to 10',
      understands:
        'Children this age start gaming, messaging and watching videos with less help. They can grasp that people online are not always who they say, and they care a lot about rules and fairness.',
      aims: 'Spot the early warning signs (requests for pictures, moving to another app, secrets that feel bad) and know they will never be in trouble for telling.',
    },
    '11-13': {
      label: 'Ages 11 to 13',
      name: 'ages 11 to 13',
      understands:
        'Many get their first phone and social accounts now. They can follow how a trick works, and they worry about embarrassment and about losing their phone.',
      aims: 'Name sextortion plainly, explain how the trick works, and make the "if it ever happens" steps familiar before they are needed.',
    },
    '14-17': {
      label: 'Ages 14 to 17',
      name: 'ages 14 to 17',
      understands:
        'Teenagers want to be treated as capable. They know more about apps than we do, and they respond to facts, respect and practical plans more than warnings.',
      aims: 'Talk as equals about how criminals operate, consent, the law and removal tools, so they know exactly what to do and that they can come to you.',
    },
  },
  script: {
    allAges: 'All ages',
    twoMinutesHeading: 'In two minutes',
    twoMinutesIntro: 'Short on time? You could say this today:',
    twoMinutesAvoid: 'The one thing to avoid:',
    jumpLabel: 'On this page',
    jumpFull: 'Read the full talk',
    jumpPractise: 'Practise saying it',
    age: 'Age',
    time: 'Time',
    /** A talk's length, in every plural form (src/domain/plural.ts): {n} is the number of minutes. */
    minutes: {
      zero: 'About {n} minutes',
      one: 'About {n} minute',
      two: 'About {n} minutes',
      few: 'About {n} minutes',
      many: 'About {n} minutes',
      other: 'About {n} minutes',
    },
    goodMoments: 'Good moments to bring it up',
    openers: 'Ways to start',
    keyMessages: 'What you want them to take away',
    inTheirWords: "In your child's own words:",
    replies: 'They might say…',
    youCouldSay: 'You could say:',
    why: 'Why:',
    avoid: 'Try not to say',
    insteadOf: 'Instead of',
    try: 'try:',
    followUp: 'Afterwards',
    disclosureLead: 'If your child tells you something has happened:',
    disclosureText: 'stay calm, thank them, and follow',
    parentSteps: 'the steps for parents',
    practiseHeading: 'Practise this talk',
    practiseIntro:
      'Rehearse on your own first: say an opener aloud, answer what your child might say in your own words, then see one calm way to answer.',
  },
  practise: enPractise,
  simulation: {
    breadcrumb: 'Plan a talk',
    stopTop: 'Stop at any point:',
    stopLink: 'go to what helps',
    stepOf: 'Step {n} of {total}',
    them: 'They write:',
    you: 'Your child writes:',
    pause: 'Pause:',
    couldLeave: 'Where they could still leave:',
    next: 'Next step',
    stop: 'Stop here and see what helps',
    relatedHeading: 'The talks that go with this',
    relatedIntro: 'Talk it through with your child using a script for their age:',
    forBand: 'for {band}',
    indexLink: 'See it through their eyes: how a sextortion attempt unfolds (for parents of 11 to 17 year olds)',
  },
  helpRoute: {
    call: 'Call',
    website: 'Website',
    /**
     * A text line's button in a translation, from the data's number and keyword (src/domain/localized.ts). English
     * shows the data's own words ("Free text 234"), so these two are what a translation says instead.
     */
    textNumber: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    serves: { 'under-18': 'For under-18s', '18-plus': 'For adults (18 and over)', anyone: 'For anyone' },
    checked: 'Checked',
    against: 'against',
    showFor: 'Show help for',
    regionsHeading: 'Who can help where you live',
    allCountries: 'All countries',
  },
  quiz: {
    loading: 'Loading your progress…',
    modeLabel: 'How are you playing?',
    together: 'Together',
    alone: 'On my own',
    progress: 'Situation {n} of {total}',
    takeTurns: 'Take turns first',
    grownUpTurn: 'Grown-up: what would you do?',
    youngPersonTurn: 'Young person: what would you do?',
    decideTogether: 'Talk it through, then choose one together.',
    showWhy: 'See what happens',
    chooseFirst: 'Choose an answer first.',
    feedbackHeading: 'What each choice leads to',
    why: 'Why?',
    otherChoices: 'The other choices',
    nowTalk: 'Now talk it over',
    promptGrownUp: 'Grown-up:',
    promptYoungPerson: 'Young person:',
    agreeHeading: 'Things to agree',
    agreeIntro: 'Two or three things your family could agree today. Each goes with a talk you can add to your plan.',
    addToPlan: 'Add this talk to my plan',
    /** The first line of the talk's private note when it is added from the end of the quiz (then the agreements). */
    agreeNote: 'Things to agree, from the situations we talked through:',
    goodChoice: 'A good choice',
    notBest: 'Not the best choice',
    youChose: 'You chose this',
    talkAboutIt: 'Talk about it:',
    relatedScript: 'The talk that goes with this:',
    next: 'Next situation',
    finish: 'See what to talk about',
    back: 'Back',
    startAgain: 'Start again',
    clear: 'Clear saved progress',
    cleared: 'Saved progress cleared.',
    doneHeading: 'You worked through every situation',
    doneIntro: 'There are no scores. What matters is what you talked about.',
    revisitHeading: 'Worth talking about again',
    revisitNone: 'You chose a good answer every time. The talking points below are still worth a chat.',
    talkingPointsHeading: 'More to talk about',
    scriptsHeading: 'Talks that go with these',
    storageUnavailable:
      "This browser isn't letting Open Door save anything (private browsing, or storage is turned off), so the quiz won't remember where you were. Everything else works.",
  },
  plan: enPlan,
  /** Page copy (home, about, privacy, help, talk, quiz, plan): src/i18n/en-pages.ts. */
  pages: enPages,
  young: enYoung,
  apps: enApps,
  emergency: {
    lead: 'If anyone is in danger right now, or thinking about hurting themselves,',
    numbers: 'call {emergency}.',
  },
  regionText: {
    /**
     * What each role is when no country is chosen; emergency and helplines then list every country's number.
     * The helpline's words leave "free" to the sentences round it, which say it ("…, free."), so it is not said twice.
     */
    neutral: {
      emergency: "your country's emergency number",
      'child-helpline': 'a helpline for young people',
      'crisis-line': 'a free crisis line',
      police: 'the police where you live',
      'child-report': "your country's child-protection reporting service",
      'removal-under-18': 'a take-down service for under-18s',
      'removal-adult': 'a take-down service for adults',
      'adult-helpline': 'a helpline for worried parents',
    },
    or: 'or',
    and: 'and',
    seeByCountry: 'see help by country',
    /** Punctuation of the neutral lists ("999 UK, 112 or 999 Ireland, 911 US and Canada"; src/domain/region-roles.ts). */
    list: { comma: ', ', semicolon: '; ', and: ' and ' },
    /** "Numbers for: Ireland · change", next to every block of numbers. */
    numbersFor: 'Numbers for:',
    noChoice: 'every country',
    change: 'change',
    choose: 'choose yours',
  },
  /** Guides with branches ("I already paid"…) list them at the top, before the steps. */
  guideBranches: {
    label: 'If this is you',
    lead: 'If one of these is you, go straight to its steps:',
  },
  /** The accessible name of the trail of links back up from a page. */
  breadcrumb: 'Breadcrumb',
  /** Link text for site routes written in content text ("see /help/parent/"). */
  contentLinks: {
    '/help/': 'Get help now',
    '/help/parent/': 'the steps for parents',
    '/help/young-person/': 'the steps for young people',
    '/help/friend/': 'helping a friend',
    '/help/routes/': 'help by country',
  } as Record<string, string>,
  /** The ways on from a page that is missing (404) or not saved yet (offline). */
  mainLinks: {
    talk: 'Conversation scripts by age',
    home: 'Open Door home page',
  },
  notFound: {
    title: 'Page not found',
    description: "This page doesn't exist. Here are the main parts of Open Door.",
    heading: "We can't find that page",
    lead: 'The link may be old or mistyped. Here is where to go from here.',
    helpNote: ', if something is happening right now',
  },
  offline: {
    title: "You're offline",
    description:
      "This page isn't saved on this device yet. The help pages and scripts you've opened before still work offline.",
    lead: "This page isn't saved on this device yet, and there's no connection to fetch it. Everything Open Door saved when you first visited still works.",
    helpNote: ': steps to take and who to contact',
    danger: 'If someone is in danger, call your emergency number. Calls to emergency numbers work without mobile data.',
  },
  sources: {
    heading: 'Sources',
    guideHeading: 'Where this advice comes from',
    /**
     * Said after each source on a translated page, whose sources are English pages ("en inglés"); empty in English
     * on purpose.
     */
    inEnglish: '',
  },
  talkBand: {
    title: 'Talks for {band}',
    description: 'Conversation scripts for children {band}: {topics} and more.',
    aims: 'What these talks aim for:',
    choose: 'Choose a talk',
  },
  share: {
    /** Shown without JavaScript (and when neither sharing nor copying works): the page's address as a link. */
    fallback: 'Link to this page:',
    /** The button where the browser can share (phones, tablets, some computers). */
    share: 'Share this page',
    /** The button where it can't: copies the address instead. */
    copy: 'Copy link to this page',
    copied: 'Link copied. Paste it wherever you choose.',
  },
  schools: {
    title: 'For schools',
    description:
      "Newsletter text to paste, links and QR codes for each age, a poster and flyer to print, and a parents' evening outline: share Open Door with families.",
    heading: 'For schools: share Open Door with families',
    lead: "Everything you need to tell families about Open Door, ready in an afternoon: text for your newsletter, links and QR codes for each age, a poster and a flyer to print, and an outline for a parents' evening.",
    contentsLabel: 'On this page',
    address: 'Every link and QR code here points to',
    localAddress:
      'This copy was built for a local address, so its links and codes only work on this computer. To share it, build it with your own address (see "Hosting your own copy" below).',
    newsletter: {
      heading: 'Newsletter text',
      intro:
        'Two versions to copy and paste. The links are written out in full, so they work in an email, on a website and on paper. Change anything you like, and add your own contact where you see square brackets.',
      copy: 'Copy the {label}',
      copied: 'Copied. Paste it into your newsletter.',
      failed: "Couldn't copy. Select the text and copy it yourself.",
      ceop: "Open Door links to CEOP's advice (UK) rather than copying it. Please do the same: link to their pages, and don't paste their material into your newsletter.",
    },
    /** Links that carry the country, so the right numbers open (and print) for families in one country. */
    country: {
      heading: 'Links for families in one country',
      intro:
        'These addresses open Open Door with one country’s numbers already chosen, and the poster and flyer print them.',
      /** The country choice above the links and codes (shown with JavaScript, which applies it). */
      chooseHeading: 'Your families’ country',
      chooseIntro:
        'Choose a country and every link and QR code here, on the poster and on the flyer opens Open Door with that country’s numbers. With no country, families choose their own.',
      now: 'Links and codes for:',
      noneChosen: 'no country (families choose)',
      none: 'No country',
      poster: 'poster',
      flyer: 'flyer',
    },
    links: {
      heading: 'Links and QR codes',
      intro:
        'Send families straight to the right page. Each QR code opens the address under it: put it on a slide, a letter or your website.',
      download: 'Download QR code (SVG)',
      downloadFor: 'Download QR code (SVG): {label}',
      qrAlt: 'QR code for {url}',
      targets: {
        home: 'Open Door home page',
        talk: 'Talks for {band}',
        help: 'Get help now',
        quiz: 'Practise with everyday situations',
      },
    },
    print: {
      heading: 'Poster and flyer to print',
      intro:
        'Both print in black and white on A4 or US Letter, with a QR code to Open Door and a line for your school contact.',
      poster: 'Poster',
      posterText: 'One page, for noticeboards and the entrance parents use.',
      flyer: 'Half-page flyer',
      flyerText: 'Two to a sheet: cut along the line. For book bags and parents’ evenings.',
    },
    evening: {
      heading: "A parents' evening",
      minutes: '{n} minutes',
      before: 'Before the evening',
      plan: 'The evening',
      links: 'Show or share',
      care: 'Looking after people in the room',
    },
    hosting: {
      heading: 'Hosting your own copy',
      text: 'A school, trust or council can host its own copy of Open Door on its own website, even under a folder such as /open-door/. Build it with your own address and every link, QR code, poster and flyer follows. The README that comes with Open Door explains how, in a few steps.',
    },
    back: 'Back to For schools',
    printButton: 'Print',
    printHint:
      'Or use your browser’s Print command (Ctrl+P, or Cmd+P on a Mac). Choose A4 or Letter and black and white; turn off headers and footers if your browser adds them.',
    poster: {
      title: 'Poster to print',
      description:
        'A one-page poster about Open Door for school noticeboards, with a QR code. Prints on A4 or US Letter.',
      heading: 'Poster to print',
      lead: 'One page, in black and white, on A4 or US Letter. Write your school contact on the line at the bottom.',
      preview: 'The poster',
    },
    flyer: {
      title: 'Flyer to print',
      description:
        'A half-page flyer about Open Door for families, with a QR code. Prints two to a sheet on A4 or US Letter.',
      heading: 'Flyer to print',
      lead: 'Prints two flyers on each A4 or US Letter sheet, in black and white: cut along the dashed line. Write your school contact on the line.',
      preview: 'The flyer',
      cutHere: 'Cut here',
    },
  },
} as const;

export type UiStrings = typeof en;
