import { describe, expect, it } from 'vitest';
import { candidateLanguages, detectScripts } from './detect-language.ts';
import { LEXICON_LANGUAGES } from './lexicons.ts';

const ALL_CYRILLIC = ['ru', 'kk', 'ky', 'uz-Cyrl', 'tg'];
const ALL_LATIN = ['en', 'ru', 'uz-Latn', 'tk'];
const ALL_ARABIC = ['fa', 'ps', 'ur', 'ar'];
const sorted = (languages: string[]) => [...languages].sort();

describe('detectScripts', () => {
  it.each([
    ['', []],
    ['123 !!! 🙂', []],
    ['You are an idiot', ['Latn']],
    ['Ты идиот', ['Cyrl']],
    ['Сен ақымақсың', ['Cyrl']],
    ['تو احمق هستی', ['Arab']],
    ['сука bitch', ['Latn', 'Cyrl']],
    ['сyка', ['Latn', 'Cyrl']],
    ['Γεια σου', ['Other']],
    ['你好 hello', ['Latn', 'Other']],
    ['ʻ', []],
  ])('%j → %j', (text, scripts) => {
    expect([...detectScripts(text)].sort()).toEqual([...scripts].sort());
  });
});

describe('candidateLanguages', () => {
  it.each([
    // Latin
    ['plain English', 'You are a complete idiot', ALL_LATIN],
    ['Uzbek with oʻ (modifier letter)', 'Bu yerda oʻqituvchi yoʻq', ['en', 'ru', 'uz-Latn']],
    ['Uzbek with gʻ typed as an apostrophe', "tog' va bog'", ['en', 'ru', 'uz-Latn']],
    ['Turkmen letters', 'Sen näme işläp ýörsüň', ['en', 'ru', 'tk']],
    ['Turkmen ž and ň', 'žurnal ňagşy', ['en', 'ru', 'tk']],
    ['Russian in Latin letters (translit) gets the Russian lexicon', 'blyat opyat', ALL_LATIN],
    ['Uzbek apostrophe and Turkmen letters together', "oʻzi şu ýerde", ['en', 'ru', 'uz-Latn', 'tk']],
    // Cyrillic
    ['plain Russian', 'Это просто ужасная статья', ALL_CYRILLIC],
    ['Kazakh ә', 'Бұл әңгіме', ['ru', 'kk']],
    ['Kazakh і only', 'Мен білемін', ['ru', 'kk']],
    ['Kyrgyz ң ө ү (also Kazakh letters)', 'Мен сөз үчүн келдим, аң', ['ru', 'kk', 'ky']],
    ['Tajik ӣ ҷ', 'Ин ҷо хубӣ', ['ru', 'tg']],
    ['Tajik ӯ', 'Гӯш кун', ['ru', 'tg']],
    ['Uzbek Cyrillic ў', 'Бу ўқитувчи', ['ru', 'uz-Cyrl']],
    ['қ and ғ shared by kk, tg, uz', 'қоғоз', ['ru', 'kk', 'tg', 'uz-Cyrl']],
    ['ҳ shared by tg and uz', 'ҳа', ['ru', 'tg', 'uz-Cyrl']],
    ['letters no one language has all of (ә with ў)', 'әў', ['ru', 'kk', 'uz-Cyrl']],
    ['uppercase marker letters', 'ӘЛЕМ', ['ru', 'kk']],
    // Arabic script
    ['plain Arabic letters shared by all', 'احمق', ALL_ARABIC],
    ['Arabic ة', 'هذه مقالة سيئة', ['ar']],
    ['Persian پ گ', 'این پسر گفت', ['fa', 'ps', 'ur', 'ar']],
    ['Urdu ٹ ے', 'یہ ٹھیک ہے', ['ur', 'ar']],
    ['Pashto ښ ړ', 'ښه سړی', ['ps', 'ar']],
    ['Pashto and Arabic ي', 'حرامي', ['ps', 'ar']],
    // Unknown, mixed, empty
    ['empty', '', LEXICON_LANGUAGES],
    ['only digits and emoji', '1234 🙂🙂', LEXICON_LANGUAGES],
    ['mixed Latin and Cyrillic', 'this статья is bad', LEXICON_LANGUAGES],
    ['a Latin homoglyph inside a Cyrillic word', 'сyка', LEXICON_LANGUAGES],
    ['Arabic and Latin', 'salam سلام', LEXICON_LANGUAGES],
    ['another script (Greek)', 'Γεια σου', LEXICON_LANGUAGES],
  ])('%s: %j', (_case, text, languages) => {
    expect(sorted(candidateLanguages(text))).toEqual(sorted(languages));
  });

  it('returns languages in LEXICON_LANGUAGES order, each once', () => {
    const result = candidateLanguages('Мен сөз үчүн келдим');
    expect(result).toEqual(LEXICON_LANGUAGES.filter((language) => result.includes(language)));
    expect(new Set(result).size).toBe(result.length);
  });

  it('returns a fresh array the caller may change', () => {
    candidateLanguages('').pop();
    expect(candidateLanguages('')).toEqual(LEXICON_LANGUAGES);
  });
});
