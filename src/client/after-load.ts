// What every page does once it has loaded, in one lazily loaded file so the shell script stays tiny: the language
// switcher's memory and suggestion, then the service worker for this page's language.
import { registerServiceWorker } from '../pwa/register';
import { installLanguage } from './language';

export function afterLoad(): void {
  installLanguage();
  registerServiceWorker();
  // Done: the language switcher remembers a choice from here on (tests wait for this, see tests/e2e/site.ts).
  document.documentElement.dataset['afterLoad'] = '';
}
