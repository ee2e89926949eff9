import { describe, expect, it } from 'vitest';
import type { HelpRegion } from '../../src/domain/help-routes';
import { withWords } from '../../src/domain/localized';

const region = {
  region: 'ie',
  name: 'Ireland',
  order: 2,
  languageHints: [],
  shortName: 'Ireland',
  routes: [
    {
      id: 'ie-emergency',
      name: 'Emergency services (112 or 999)',
      purpose: 'Call straight away if anyone is in danger.',
      kind: 'emergency',
      serves: 'anyone',
      url: 'https://www.garda.ie/en/contact-us/',
      phone: { display: '112 or 999', dial: '112' },
      says: '112 or 999',
      source: 'https://www.garda.ie/en/contact-us/',
      checked: '2026-11-28',
    },
    {
      id: 'ie-childline',
      name: 'Childline',
      purpose: 'Talk to someone, day or night.',
      kind: 'young-people-support',
      serves: 'under-18',
      url: 'https://www.childline.ie/',
      phone: { display: '1800 66 66 66', dial: '1800666666' },
      source: 'https://www.childline.ie/',
      checked: '2026-11-28',
    },
  ],
  law: [],
  roles: { emergency: ['ie-emergency'], police: [{ text: 'your local police' }] },
} as unknown as HelpRegion;

describe('help-route words laid over the English data', () => {
  it('takes names, purposes and plain-word roles from the words file; numbers, links and dates stay', () => {
    const localized = withWords(
      region,
      {
        region: 'ie',
        translation: { from: '0123456789ab', method: 'machine-assisted' },
        name: 'Irlanda',
        shortName: 'Irlanda',
        routes: [
          {
            id: 'ie-emergency',
            name: 'Emergencias (112 o 999)',
            purpose: 'Llama enseguida si hay peligro.',
            says: '112 o 999',
          },
        ],
        roleTexts: { police: ['la policía de tu zona'] },
      },
      'es',
    );
    expect(localized.name).toBe('Irlanda');
    expect(localized.contentLocale).toBe('es');
    const [emergency, childline] = localized.routes;
    expect(emergency).toMatchObject({ name: 'Emergencias (112 o 999)', says: '112 o 999', url: region.routes[0]!.url });
    expect(emergency!.phone).toEqual({ display: '112 o 999', dial: '112' });
    expect(childline).toEqual(region.routes[1]);
    expect(localized.roles.police).toEqual([{ text: 'la policía de tu zona' }]);
  });

  it('without a words file, is the English marked as English', () => {
    expect(withWords(region, undefined, 'ar')).toMatchObject({ name: 'Ireland', contentLocale: 'en' });
  });
});
