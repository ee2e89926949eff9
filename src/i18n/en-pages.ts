/**
 * Page copy in English: the words of the home, about, privacy, help, talk, quiz and plan pages. A sentence with a
 * link in it is one string with a "{name}" placeholder where the link goes (filled by the Template component), so a
 * translation can move the link to where its language puts it.
 */
export const enPages = {
  home: {
    title: 'Open Door',
    description:
      'Free, private help for parents and carers: the words to talk with children aged 4 to 17 about sextortion and online safety, practice scenarios, and clear steps if it happens.',
    heading: 'The words to talk with your child about online safety and sextortion',
    lead: 'Open Door helps parents and carers have calm, ordinary conversations about online pressure, requests for pictures and sextortion, with children from 4 to 17. Ready-made words for each age, scenarios to work through together, and clear steps if it ever happens.',
    urgentQuestion: 'Is something happening right now?',
    urgentAnswer: "You or your child are not in trouble. Don't pay, stop replying, and keep the messages.",
    helpButton: 'Get help now',
    doorsHeading: 'Where would you like to start?',
    talkTitle: 'Plan a talk',
    talkBody:
      "Pick your child's age and get words you can say tomorrow: openers, what they might say back, and what to avoid.",
    practiseTitle: 'Practise scenarios',
    practiseBody: 'Work through realistic situations together on one screen: what would you do, and why?',
    helpTitle: 'Get help now',
    helpBody:
      'Steps for a young person being threatened, for a parent who has just been told, and help lines by country.',
    whyHeading: 'Why talk about this now',
    why: [
      "Sextortion is when someone tricks a young person into sharing an intimate picture, or fakes one, and then threatens to share it unless they pay. In 2024 the UK's National Crime Agency warned schools that criminal gangs are targeting children this way, sometimes within an hour of first contact. Teenage boys are targeted most, but it can happen to anyone.",
      "Children who know about the trick spot it sooner. Children who know they won't be in trouble tell someone sooner. A few short talks, started early and kept calm, make both more likely.",
      "Many parents never have this talk because they worry about saying the wrong thing or scaring their child. You don't need to be an expert. Open Door gives you the words, for your child's age, and a way to practise them first.",
    ],
    whoHeading: 'Who Open Door is for',
    who: [
      "Parents and carers preparing a talk, on a phone, whenever there's a quiet moment.",
      'Families working through scenarios together.',
      'Young people who need to know what to do, quickly.',
      'Schools and youth groups who want something trustworthy to share with families.',
    ],
    privateHeading: 'Private by design',
    /** {link}: privacyLink, to /privacy/. */
    privateBody:
      "There are no accounts, no cookies and no tracking. Anything you type stays on this device. Once you've visited, Open Door works without a connection, and you can add it to your home screen like an app. {link}.",
    privacyLink: 'How your privacy is protected, and how to check it',
  },
  about: {
    title: 'About and sources',
    description: 'Why Open Door exists, how its words are written and checked, and every official source it cites.',
    heading: 'About Open Door',
    lead: 'Open Door exists so that no parent or carer has to find the words alone, and so that every child knows they can come to us, whatever has happened.',
    whyHeading: 'Why it exists',
    why: [
      "In April 2024 the UK's National Crime Agency sent an alert to hundreds of thousands of teachers about a sharp rise in financially motivated sexual extortion, often called sextortion. Criminals, often organised gangs based abroad, trick a young person into sharing an intimate image, or fake one, and then demand money. Reports of this crime to the US National Center for Missing & Exploited Children rose from 10,731 in 2022 to 26,718 in 2023. Boys aged 14 to 18 are targeted most.",
      "The advice from police and child-protection charities is clear: don't pay, stop contact and block, keep evidence, report, and tell someone. What families often lack is the conversation that makes a child ready to do those things. Many parents put it off because they fear overreacting or don't know what to say. Open Door gives them the words.",
    ],
    howHeading: 'How the words are written',
    how: [
      'Every page is written in our own words, calm and free of blame, for the age it is meant for.',
      'The safety steps follow the advice of the National Crime Agency and its CEOP command, the NSPCC and Childline, the Internet Watch Foundation, and their counterparts in other countries. Where they agree, we say the same.',
      "Help numbers and links are checked against each service's own website, and each one shows the date it was checked.",
      'Automatic checks guard the words: reading level for each age, no blaming language, and every safety step present where it must be.',
    ],
    /** {link}: helpLink, to /help/. */
    independent:
      'Open Door is independent. It is not made by, or endorsed by, any of the organisations it links to. It does not replace the police, a doctor or a counsellor: if a child is in danger, {link}.',
    helpLink: 'get help now',
    schoolsHeading: 'For schools',
    /** {link}: schoolsLink, to /schools/. */
    schools: 'Schools can share Open Door with families: {link}.',
    schoolsLink: "newsletter text, a poster, a flyer, QR codes and a parents' evening outline",
    sourcesHeading: 'Sources',
    sourcesLead: "These are the official pages Open Door's content rests on. We link to them rather than copy them.",
    ncaPublisher: 'National Crime Agency',
    ncaTitle: "NCA issues urgent warning about 'sextortion' (April 2024)",
    /** Shown after a source link when the page it links to is in English and the page is not. */
    inEnglish: '(in English)',
  },
  privacy: {
    title: 'Privacy',
    description:
      'What Open Door stores, where (only on your device), how to check that nothing is sent anywhere, and how to delete everything.',
    heading: 'Privacy: nothing leaves your device',
    lead: 'Open Door has no accounts, no cookies, no analytics and no adverts. It never sends what you type anywhere. There is no server that could receive it: the site is a set of static files.',
    storedHeading: 'What is stored, and where',
    pagesTitle: 'The pages themselves.',
    pagesBody:
      'After your first visit, your browser keeps a copy of the site (through a service worker) so it opens without a connection. This is the same for everyone and holds nothing about you.',
    regionTitle: 'Your choice of country for help numbers, if you pick one.',
    regionBody: 'It is remembered in this browser so the right numbers show first next time.',
    languageTitle: 'Your choice of language, if you pick one.',
    languageBody:
      'It is remembered in this browser so the site can offer the same language next time. It never moves you to another page by itself.',
    nothingElse: 'Nothing else is stored, and nothing at all is sent to us or to anyone else.',
    checkHeading: 'How to check this yourself',
    /** {network}: the word "Network" in bold (the name of the tab). */
    checkNetwork:
      "Open your browser's developer tools (on a computer, press F12), go to the {network} tab and use the site. Every request goes to this site's own address; none go anywhere else.",
    network: 'Network',
    /** {application}, {storage}: the tab names in bold. */
    checkStorage:
      'In the {application} (or {storage}) tab, look under Cookies (empty), Local storage and IndexedDB to see exactly what is kept on your device.',
    application: 'Application',
    storage: 'Storage',
    checkOffline:
      'Turn on airplane mode and reload: the pages still work, because they come from your device, not the internet.',
    checkCsp:
      'The site sends a strict Content Security Policy that tells the browser to block any script or connection to another site, so even a mistake on our side could not send your data elsewhere.',
    passphraseHeading: "Your plan's passphrase",
    /** {plan}: planLink, to /plan/. */
    passphrase:
      'On {plan} you can set a passphrase. The plan is then encrypted on this device (AES-GCM, with a key made from your passphrase), and the screen locks after five minutes without use or when you use quick exit. Nobody, including us, can recover a forgotten passphrase. Exported copies can be encrypted the same way.',
    planLink: 'My plan',
    deleteHeading: 'How to delete everything',
    /** {plan}: planLink; {deleteAll} and {clearData}: the button names in bold. */
    delete:
      "On {plan}, {deleteAll} removes your plan, quiz progress, card, evidence list, safety plan and country choice from this browser at once. To remove the saved copy of the site too, find this site in your browser's settings (usually under Privacy, then Site settings or Manage website data) and choose {clearData}. On a phone you can also remove the app from your home screen.",
    deleteAll: 'Delete everything',
    clearData: 'Clear data',
    worriedHeading: 'If you are worried right now',
    /** {link}: helpLink, to /help/. */
    worried: '{link}: steps to take and who to contact in your country.',
    helpLink: 'Get help now',
  },
  help: {
    title: 'Get help now',
    description:
      "Someone is threatening to share an image unless they're paid? Clear steps for a young person, for a parent who's just been told, and help by country.",
    heading: 'Get help now',
    lead: 'Whatever has happened, you are not in trouble, and it can be sorted out. Choose the one that fits.',
    youngTitle: "It's happening to me",
    youngBody: 'Someone is threatening me or asking for money or pictures. What do I do?',
    parentTitle: 'My child has told me',
    parentBody: 'What to say first, what not to do, and the steps to take now.',
    friend: "It's happening to a friend: how to help",
  },
  helpRoutes: {
    title: 'Help by country',
    description:
      'Who to call, where to report and how to get an image taken down: checked help routes for the UK, Ireland, the US, Canada, Australia, New Zealand and anywhere else.',
    heading: 'Help by country',
    lead: 'Emergency numbers, where to report, how to get an image taken down, and people to talk to. Each entry shows the official page it was checked against, and when.',
    chooseHeading: 'Choose where you live',
    /** {young}, {parent}: links to the young person's and the parent's steps. */
    first: 'What to do first: {young}, {parent}.',
    youngLink: 'steps for a young person',
    parentLink: 'steps for a parent or carer',
  },
  talk: {
    title: 'Plan a talk',
    description:
      'Conversation scripts for every age from 4 to 17: words to start, what your child might say back, what to avoid, and how to follow up.',
    heading: 'Plan a talk',
    lead: "Choose your child's age. Each talk takes a few minutes and gives you words you can actually say.",
    /** {n}: how many talks there are for the age. */
    talkCount: '{n} talks',
    howHeading: 'How to use the scripts',
    /** Each step: a bold start, then the rest of the sentence. */
    how: [
      {
        strong: 'Read one through first',
        rest: ', ideally the day before. Pick the opener that sounds most like you.',
      },
      {
        strong: 'Choose an easy moment',
        rest: ': side by side in the car, on a walk, while cooking. Not eye to eye across a table, and not straight after an argument.',
      },
      {
        strong: 'Keep it short.',
        rest: ' A few minutes is enough. Several small talks over months work better than one big one.',
      },
      {
        strong: 'Listen more than you talk.',
        rest: ' The "they might say" section helps you answer a shrug, an eye-roll or a surprise.',
      },
      { strong: 'Practise if you like.', rest: ' Each script has a short rehearsal you can run through on your own.' },
      { strong: 'Come back to it.', rest: ' Each script ends with an idea for checking in a few days later.' },
    ],
    toldHeading: 'If a talk turns into your child telling you something',
    /** {link}: parentLink, to /help/parent/. */
    told: "Stay calm and thank them for telling you. Tell them it's not their fault, they're not in trouble, and you'll sort it out together. Don't ask \"why\", don't take their phone, and don't delete anything. Then follow {link}.",
    parentLink: 'the steps for parents',
  },
  quiz: {
    title: 'Practise together',
    description:
      'A scenario quiz for families: realistic situations for ages 4 to 17, what each choice leads to, and questions to talk about. No scores.',
    heading: 'Practise together',
    lead: "Sit together with one screen and work through realistic situations: what would you do? Each answer explains why it helps or doesn't. It's about talking, not scoring.",
    chooseHeading: 'Choose an age',
    /** {n}: how many situations there are for the age. */
    situationCount: '{n} situations to talk through',
    howHeading: 'How it works',
    how: [
      { strong: 'Read the situation aloud.', rest: ' Younger children may need you to read it to them.' },
      {
        strong: 'Take turns.',
        rest: ' In "together" mode, the grown-up and the young person each say what they would do before you choose.',
      },
      { strong: 'See what each choice leads to.', rest: ' Every answer explains why, calmly. No one is marked wrong.' },
      { strong: 'Talk about it.', rest: ' Each situation ends with a question to talk about.' },
    ],
    /** {link}: scriptsLink, to /talk/. */
    saved:
      'Your progress is saved on this device only, so you can stop and carry on later. Nothing is sent anywhere. For a conversation to go with each situation, see the {link}.',
    scriptsLink: 'conversation scripts',
    /** The quiz page for one age; {band}: the age band, in lower case ("ages 11 to 13"). */
    bandTitle: 'Practise together: {band}',
    /** {n}: how many situations; {band}: the age band, in lower case. */
    bandDescription:
      '{n} realistic situations for families with children {band}: what would you do, and why? No scores, just things to talk about.',
    bandLead: "One situation at a time. Say what you'd do, choose, then see why. There are no scores.",
  },
  plan: {
    title: 'Our family plan',
    description:
      "Make a private family plan for online safety: which talks to have, who your children can go to, and what you'll do if something happens.",
    heading: 'Our family plan',
    lead: "A plan turns good intentions into a few small, agreed steps. Your family's plan is private: it is kept only in this browser on this device, and never sent anywhere.",
    noScript:
      'Keeping a plan here needs JavaScript. These are the parts worth agreeing together, on paper or out loud.',
    talksHeading: '1. The talks',
    /** {link}: scriptsLink, to /talk/. */
    talks:
      'Pick one or two talks for each child from the {link}, and a rough time for each: a car journey this week, a walk at the weekend. Short and often works better than one big talk.',
    scriptsLink: 'conversation scripts',
    promisesHeading: '2. Our promises to each other',
    promises: [
      "You can tell us anything that happens online, and you won't be in trouble for telling.",
      "We won't take your phone away because you came to us.",
      "We'll stay calm and sort it out together.",
    ],
    othersHeading: '3. Who else you can go to',
    /** Region tokens: see src/domain/region-text.ts. */
    others:
      'Name two or three adults besides the parents: an aunt, a grandparent, a coach, a teacher. A helpline for children is there too: {child-helpline}.',
    ifHeading: '4. If it ever happens',
    /** {link}: helpLink, to /help/. */
    if: 'Agree the steps now so nobody has to think in a panic: don\'t pay, stop replying and block, keep the messages, tell us today, and we\'ll report it together. Some families agree a code word that means "I need help, no questions asked". The {link} pages have the full steps and numbers for your country.',
    helpLink: 'get help now',
    checkInHeading: '5. When to check in',
    checkIn: 'Revisit the plan with a new phone, a new app or game, a new school year, or after a news story.',
  },
};
