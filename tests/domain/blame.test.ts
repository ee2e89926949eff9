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
    // A quoted "not your fault" is still "not your fault".
    expect(findBlamingLanguageIn('Decir “no es culpa tuya” y «no es tu culpa» ayuda.', 'es')).toEqual([]);
    expect(findBlamingLanguageIn('كان ذلك غبيًا، وهو ذنبك.', 'ar')).toEqual(['غبي', 'your fault']);
    expect(findBlamingLanguageIn('هذا ليس ذنبك، ولست في ورطة.', 'ar')).toEqual([]);
  });
});

describe('shame words in Spanish and Arabic', () => {
  it('finds shaming words and phrases, written with or without harakat and hamza', () => {
    expect(findBlamingLanguageIn('يجب أن تخجل من نفسك.', 'ar')).toEqual(['يجب أن تخجل']);
    expect(findBlamingLanguageIn('هذه فضيحة!', 'ar')).toEqual(['فضيحة']);
    expect(findBlamingLanguageIn('فضحتنا أمام الجميع.', 'ar')).toEqual(['فضحتنا']);
    expect(findBlamingLanguageIn('ما فعلته أمر مخزٍ.', 'ar')).toEqual(['مخز']);
    expect(findBlamingLanguageIn('جلبتَ العار على العائلة.', 'ar')).toEqual(['العار']);
    expect(findBlamingLanguageIn('يجب ان تخجل', 'ar')).toEqual(['يجب أن تخجل']);
    expect(findBlamingLanguageIn('¡Qué vergüenza! Deberías avergonzarte.', 'es')).toEqual([
      'qué vergüenza',
      'deberías avergonzarte',
    ]);
  });

  it('allows saying there is nothing to be ashamed of, and words that only look alike', () => {
    for (const text of [
      'التعرض للخداع ليس أبدًا شيئًا يدعو إلى العار.',
      'فلا شيء يدعو إلى العار.',
      'لا يجب أن تخجل من ذلك.',
      'هذه ليست فضيحة، وأنت لست في ورطة.',
      'لا تشعر بالعار.',
      // "Naked" (عارية) and "a store" (مخزن) only look like the shame words.
      'لا تحتفظ بأي صورة عارية.',
      'ذهبنا إلى المخزن.',
      // Shyness and embarrassment, said kindly, are not shaming.
      'كثير من الأطفال يخجلون، ولا بأس في ذلك.',
    ]) {
      expect(findBlamingLanguageIn(text, 'ar'), text).toEqual([]);
    }
    expect(findBlamingLanguageIn('No deberías avergonzarte de nada.', 'es')).toEqual([]);
  });
});
