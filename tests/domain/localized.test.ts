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
    {
      id: 'ie-textline',
      name: 'A text line',
      purpose: 'Text us about anything, any time.',
      kind: 'young-people-support',
      serves: 'under-18',
      url: 'https://www.childline.ie/',
      sms: { display: 'Text HOME to 50808', dial: '50808', keyword: 'HOME' },
      hours: 'Monday to Friday, 8am–6pm.',
      source: 'https://www.childline.ie/',
      checked: '2026-11-28',
    },
    {
      id: 'ie-free-text',
      name: 'A free text line',
      purpose: 'Free text us, any time at all.',
      kind: 'young-people-support',
      serves: 'under-18',
      url: 'https://www.childline.ie/',
      sms: { display: 'Free text 234', dial: '234' },
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

  it("reads opening hours from the words file, and writes text numbers with the language's own words", () => {
    const localized = withWords(
      region,
      {
        region: 'ie',
        translation: { from: '0123456789ab', method: 'machine-assisted' },
        name: 'Irlanda',
        shortName: 'Irlanda',
        routes: [
          {
            id: 'ie-textline',
            name: 'Una línea de mensajes',
            purpose: 'Escríbenos sobre lo que sea.',
            hours: 'De lunes a viernes, de 8:00 a 18:00.',
          },
          { id: 'ie-free-text', name: 'Una línea gratuita', purpose: 'Escríbenos gratis, cuando quieras.' },
        ],
      },
      'es',
      { number: 'Envía un SMS al {number}', keyword: 'Envía {keyword} al {number}' },
    );
    const [, , textline, free] = localized.routes;
    expect(textline!.hours).toBe('De lunes a viernes, de 8:00 a 18:00.');
    // The number and the keyword come from the English data, never from the translated words.
    expect(textline!.sms).toEqual({ display: 'Envía HOME al 50808', dial: '50808', keyword: 'HOME' });
    expect(free!.sms).toEqual({ display: 'Envía un SMS al 234', dial: '234' });
  });

  it('keeps the English hours where the words file has none yet', () => {
    const words = {
      region: 'ie' as const,
      translation: { from: '0123456789ab', method: 'machine-assisted' as const },
      name: 'Irlanda',
      shortName: 'Irlanda',
      routes: [{ id: 'ie-textline', name: 'Una línea de mensajes', purpose: 'Escríbenos sobre lo que sea.' }],
    };
    expect(withWords(region, words, 'es').routes[2]!.hours).toBe('Monday to Friday, 8am–6pm.');
  });

  it("links a service's own page in the reader's language where it has one (Take It Down), and the rest as they are", () => {
    const withTakeItDown = {
      ...region,
      routes: [...region.routes, { ...region.routes[1]!, id: 'ie-take-it-down', url: 'https://takeitdown.ncmec.org/' }],
    } as HelpRegion;
    const words = {
      region: 'ie' as const,
      translation: { from: '0123456789ab', method: 'machine-assisted' as const },
      name: 'Irlanda',
      shortName: 'Irlanda',
      routes: [],
    };
    const urls = (locale: 'es' | 'ar') => withWords(withTakeItDown, words, locale).routes.map((route) => route.url);
    expect(urls('es').at(-1)).toBe('https://takeitdown.ncmec.org/es/');
    expect(urls('ar').at(-1)).toBe('https://takeitdown.ncmec.org/ar/');
    expect(urls('es').slice(0, -1)).toEqual(region.routes.map((route) => route.url));
  });

  it('without a words file, is the English marked as English', () => {
    expect(withWords(region, undefined, 'ar')).toMatchObject({ name: 'Ireland', contentLocale: 'en' });
  });
});
