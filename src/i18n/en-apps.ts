// Block and report, app by app (/help/apps/ and /help/apps/<app>/). Written in our own words from each app's
// official help centre; every guide names the pages it was checked against and the day they were seen. An app
// whose current steps could not be checked on its own help pages is left out, and the index says so.

export interface AppGuide {
  /** The route segment: /help/apps/<id>/. */
  id: string;
  name: string;
  /** One line for the index. */
  summary: string;
  block: readonly string[];
  report: readonly string[];
  evidence: readonly string[];
  /** Anything else worth knowing about this app. */
  notes: readonly string[];
  /** The official help pages these steps were checked against. */
  sources: readonly { title: string; url: string }[];
  /** When those pages were seen (YYYY-MM-DD). */
  checked: string;
}

export const enApps = {
  title: 'Block and report in the apps',
  pageTitle: '{name}: block and report',
  description:
    'How to block someone without deleting the chat, report their account and messages, and keep the evidence, app by app.',
  lead: 'Block them so they can’t reach you. Report them so the app can act. Keep the evidence first.',
  order: [
    'Screenshot the chat and their profile first (scroll the image off the screen).',
    'Report the account and the messages in the app.',
    'Block them, but don’t delete the chat or your account.',
  ],
  orderHeading: 'In this order',
  appsHeading: 'Pick the app',
  missingHeading: 'Apps not here yet',
  missing:
    'We only list steps we could check on the app’s own help pages. For Snapchat, Instagram, TikTok, Discord, Xbox, PlayStation, Telegram and Facebook Messenger we could not check every step yet. In those apps, look for Report and Block on their profile or when you press and hold a message. The app’s own help pages have the latest steps.',
  blockHeading: 'Block without deleting',
  reportHeading: 'Report the account and the messages',
  evidenceHeading: 'Keep the evidence',
  notesHeading: 'Good to know',
  sourcesHeading: 'Checked against',
  checked:
    'Checked on {date} against the app’s own help pages. Apps change their menus: if a step looks different, look for the same words.',
  evidenceLink: 'Write usernames, times and payments in your private evidence list on /help/report/.',
  back: 'All apps',
  guides: [
    {
      id: 'whatsapp',
      name: 'WhatsApp',
      summary: 'Block and report a contact or an unknown number, and keep the chat.',
      block: [
        'Open the chat, tap their name or number at the top, then tap Block.',
        'Blocking keeps the chat in your chat list. Don’t delete it: it’s evidence.',
        'They can’t call or message you any more, and they stop seeing your profile photo, last seen and status.',
      ],
      report: [
        'Open the chat, tap their name or number, then tap Report. You can report and block in one go.',
        'You can also press and hold one of their messages and report from there.',
        'When you report, WhatsApp gets the last five messages they sent you. They are not told who reported them.',
      ],
      evidence: [
        'Screenshot the chat with their number or name showing at the top, without the image on screen.',
        'Write down their phone number exactly, with the country code.',
      ],
      notes: [
        'You can’t block a whole group. Leave the group, then block the group admin.',
        'In Privacy settings you can choose who is allowed to add you to groups.',
      ],
      sources: [
        { title: 'How to block and report contacts', url: 'https://faq.whatsapp.com/1142481766359885/' },
        { title: 'About blocking and reporting someone on WhatsApp', url: 'https://faq.whatsapp.com/414631957536067/' },
      ],
      checked: '2026-12-01',
    },
    {
      id: 'roblox',
      name: 'Roblox',
      summary: 'Report the chat or message itself, and block in a game or from their profile.',
      block: [
        'From their profile: tap the three dots by their name, then Block User.',
        'In a game: open the player list, pick their name, then Block.',
        'They are not told. You stop being friends, and you can’t message or invite each other.',
      ],
      report: [
        'Report the chat or message that breaks the rules, not just their profile. Moderators need to see what they did.',
        'In a game: open the menu, tap the flag by their name or the Report tab, pick the player and the reason, add a short note, then Submit.',
        'You can still report someone after they leave the game: put their username in the note.',
      ],
      evidence: [
        'Screenshot the chat with their username showing, without any image on screen.',
        'Write down their exact username and the name of the game.',
      ],
      notes: [
        'In Settings, under Privacy, you can choose who can chat with you and message you.',
        'If they ask you to move to another app, that’s a warning sign. Tell an adult.',
      ],
      sources: [
        {
          title: 'How to Report Rule Violations and Block a User',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
        },
        {
          title: 'Reporting Abuse and Blocking In-Game',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
        },
      ],
      checked: '2026-12-01',
    },
  ] satisfies AppGuide[],
};
