import { describe, expect, it } from 'vitest';
import { chooseServiceWorker, scopeOfScript } from '../../src/domain/sw-choice';

const english = 'https://x.org/sw.js';
const arabic = 'https://x.org/ar/sw.js';

describe('which language’s service worker a page registers', () => {
  it('the language you arrive in, on a first visit with no choice made', () => {
    expect(chooseServiceWorker({ pageLocale: 'ar', chosen: undefined, controllerScript: undefined })).toEqual({
      register: 'own',
    });
  });

  it('the chosen language’s own, even while another language’s controls the page', () => {
    expect(chooseServiceWorker({ pageLocale: 'ar', chosen: 'ar', controllerScript: english })).toEqual({
      register: 'own',
    });
  });

  it('otherwise the one already in control (its update notice keeps working), never a second language', () => {
    expect(chooseServiceWorker({ pageLocale: 'ar', chosen: undefined, controllerScript: english })).toEqual({
      register: 'controller',
      script: english,
      scope: 'https://x.org/',
    });
    expect(chooseServiceWorker({ pageLocale: 'en', chosen: 'ar', controllerScript: undefined })).toEqual({
      register: 'none',
    });
  });

  it('reads a worker’s scope from its script', () => {
    expect(scopeOfScript(arabic)).toBe('https://x.org/ar/');
    expect(scopeOfScript('https://x.org/open-door/es/sw.js')).toBe('https://x.org/open-door/es/');
  });
});
