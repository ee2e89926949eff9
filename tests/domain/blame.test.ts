import { describe, expect, it } from 'vitest';
import { findBlamingLanguage, findBlamingLanguageIn } from '../../src/domain/blame';

describe('findBlamingLanguage', () => {
  it('finds blaming phrases whatever the case', () => {
    expect(findBlamingLanguage('Why did you send it?')).toEqual(['why did you']);
    expect(findBlamingLanguage('That was STUPID.')).toEqual(['stupid']);
  });

  it('allows every way of saying it is not their fault', () => {
    for (const text of [
      "It's not your fault.",
      'It isn’t your fault.',
      "It wasn't your fault",
      'This is never your fault.',
    ]) {
      expect(findBlamingLanguage(text), text).toEqual([]);
    }
  });

  it('flags "your fault" when it is not negated', () => {
    expect(findBlamingLanguage('This is your fault.')).toEqual(['your fault']);
    expect(findBlamingLanguage('Your fault, really.')).toEqual(['your fault']);
  });

  it('passes calm, blame-free words', () => {
    expect(findBlamingLanguage("Thank you for telling me. We'll sort this out together.")).toEqual([]);
  });
});

describe('blame lint in Spanish and Arabic', () => {
  it('finds blaming phrases and a bare "your fault", but not "not your fault"', () => {
    expect(findBlamingLanguageIn('¿Por qué lo hiciste? Fue tu culpa.', 'es')).toEqual([
      'por qué lo hiciste',
      'your fault',
    ]);
    expect(findBlamingLanguageIn('No es tu culpa y no estás en problemas.', 'es')).toEqual([]);
    expect(findBlamingLanguageIn('كان ذلك غبيًا، وهو ذنبك.', 'ar')).toEqual(['غبي', 'your fault']);
    expect(findBlamingLanguageIn('هذا ليس ذنبك، ولست في ورطة.', 'ar')).toEqual([]);
  });
});
