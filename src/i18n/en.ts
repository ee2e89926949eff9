/** Every UI string in English. A second language is a second file with the same shape. */
export const en = {
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
    hint: 'Leave this site at once: press Shift three times, or Esc twice.',
  },
  footer: {
    label: 'About this site',
    privacy: 'Privacy: nothing leaves your device',
    about: 'About and sources',
    help: 'Get help now',
    note: 'Free, private, works offline. No accounts, no tracking, no cookies.',
    emergency: 'If a child is in danger now, call your emergency number: 999 in the UK, 112 in Ireland, 911 in the US and Canada, 000 in Australia, 111 in New Zealand.',
  },
  notices: {
    offlineReady: 'Ready to use offline. Open Door now works without a connection.',
    updateReady: 'A new version is ready.',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
  breadcrumb: 'You are here',
  home: 'Home',
} as const;

export type UiStrings = typeof en;
