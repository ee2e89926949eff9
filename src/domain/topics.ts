import type { BandId } from './bands';

/**
 * The topics each band must cover: the content tests check one script exists for every pair.
 * A topic id is also the script's URL segment: /talk/<band>/<topic>/.
 */
export const REQUIRED_TOPICS: Readonly<Record<BandId, readonly string[]>> = {
  '4-7': ['my-body-belongs-to-me', 'secrets-and-surprises', 'asking-before-photos', 'telling-a-grown-up'],
  '8-10': [
    'not-who-they-say',
    'nobody-should-ask-for-pictures',
    'moving-to-another-app',
    'secrets-that-feel-bad',
    'if-something-worries-you',
    'who-else-you-can-tell',
  ],
  '11-13': [
    'what-sextortion-is',
    'if-it-ever-happens',
    'fake-and-ai-images',
    'nudes-pressure-and-the-law',
    'friends-who-move-fast',
    'when-it-happens-to-a-friend',
  ],
  '14-17': [
    'how-sextortion-works',
    'if-it-ever-happens',
    'the-money-demand-script',
    'fake-and-ai-images',
    'images-relationships-and-consent',
    'getting-images-removed',
    'when-it-happens-to-a-friend',
  ],
};

/** Topics whose script must carry every "if it happens" safety step from the content brief. */
export const IF_IT_HAPPENS_TOPIC = 'if-it-ever-happens';
