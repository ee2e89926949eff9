/**
 * The practice's interface words. Its own module, imported by the practise island itself, so that the words travel
 * once in a cached script instead of in the HTML of every one of the 23 script pages (about 0.7 KB gzip each in the
 * precache).
 */
export const enPractise = {
  start: 'Start practising',
  startHint: 'About five minutes. Nothing you type is saved or sent anywhere.',
  loading: 'Loading the practice…',
  steps: {
    'choose-opener': 'Choose how you would start',
    'say-opener': 'Your turn: say it aloud',
    'child-line': 'Your child says…',
    reveal: 'One way to answer',
    summary: 'What you practised',
  },
  again: 'Once more: the ones you wanted to come back to',
  sayAloud: 'Say this out loud, as if your child were here:',
  saidIt: "I've said it",
  timerLabel: 'Gentle timer (20 seconds to say it)',
  timerLeft: '{n} seconds',
  timerDone: 'Time is up. No rush: carry on when you are ready.',
  speakLabel: "Read my child's lines aloud (on this device)",
  childSays: 'Your child says:',
  yourTurn: 'Your turn: how would you answer? Say it aloud, or write it here first.',
  ownReplyLabel: 'Your answer (optional, not saved)',
  showSuggestion: 'Show one way to answer',
  youSaid: 'You said:',
  youCouldSay: 'You could say:',
  whyItHelps: 'Why this helps:',
  gotIt: 'Got it, next',
  comeBack: 'Come back to this one',
  progress: '{n} of {total}',
  summaryPractised: 'You practised {n} replies.',
  summaryComeBack: 'The one to come back to:',
  summaryAllGood: 'None of them felt hard this time.',
  summaryMessages: 'The key messages you want your child to take away:',
  addToPlan: 'Add this talk to my plan',
  /** The first line of the talk's private note when the practice is added to the plan (then the summary lines). */
  noteHeading: 'From practising this talk:',
  practiseAgain: 'Practise again with another opener:',
};
