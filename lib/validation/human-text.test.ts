import {
  findInvisibleCharacter,
  INVISIBLE_CHARACTERS,
  sanitizeName,
  stripInvisibleCharacters,
  zName,
} from './human-text';

const ZTestName = zName({ required: 'test.required', length: 'test.length', min: 2, max: 20 });
const messages = (value: unknown) => ZTestName.safeParse(value).error?.issues.map((i) => i.message) ?? [];

const code = (cp: number) => String.fromCodePoint(cp);
const RLO_CHAR = '\u202E';
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('zName: invisible characters', () => {
  const refused = [
    ...range(0x202a, 0x202e), // embeddings and overrides (RLO U+202E reverses what follows)
    ...range(0x2066, 0x2069), // isolates
    0x200e, // LRM
    0x200f, // RLM
    0x061c, // ALM
    0x200b, // zero-width space
    ...range(0x2060, 0x2064), // word joiner, invisible operators
    0xfeff, // BOM / zero-width no-break space
    0x00ad, // soft hyphen
    0x180e, // Mongolian vowel separator
    0xe0041, // tag LATIN CAPITAL LETTER A ("ASCII smuggling")
    0x3164, // Hangul filler
    0xffa0, // halfwidth Hangul filler
    0x034f, // combining grapheme joiner
    0x0000, // NUL
    0x0009, // tab
    0x000a, // newline
    0x007f, // DEL
    0x0085, // next line
    0x2028, // line separator
    0x2029, // paragraph separator
  ];
  it.each(refused.map((cp) => [cp.toString(16).toUpperCase().padStart(4, '0'), cp]))(
    'refuses U+%s inside a name',
    (_hex, cp) => {
      expect(messages(`Nour${code(cp)}ah`)).toContain(INVISIBLE_CHARACTERS);
    },
  );

  it('refuses a lone surrogate', () => {
    expect(messages('Nour\uD800ah')).toContain(INVISIBLE_CHARACTERS);
  });

  it.each([
    ['Arabic', 'نورة الشمري'],
    ['Persian with ZWNJ', 'می\u200Cخواهم'],
    ['Arabic with ZWNJ between letters', 'لا\u200Cمركزية'],
    ['Devanagari conjunct with ZWJ after virama', 'क्\u200Dष'],
    ['emoji ZWJ sequence with a skin tone', 'Ops 👩🏽\u200D💻'],
    ['emoji with VS16 then ZWJ', 'Team ❤\uFE0F\u200D🔥'],
    ['emoji presentation selector', 'Plant ☀\uFE0F'],
    ['kanji with an ideographic variation selector', '葛\u{E0100}飾'],
    ['Latin with combining accents', 'Zoë Ångström'],
    ['non-breaking space', 'Abu\u00A0Dhabi'],
  ])('accepts %s', (_what, name) => {
    expect(ZTestName.safeParse(name)).toMatchObject({ success: true });
  });

  it.each([
    ['a leading ZWNJ', '\u200CNoura'],
    ['a trailing ZWJ', 'Noura\u200D'],
    ['a joiner next to a space', 'Noura \u200D Ali'],
    ['two joiners', 'No\u200D\u200Dura'],
    ['a joiner between digits', '12\u200C34'],
    ['a variation selector after a space', 'Noura \uFE0F'],
    ['a name of invisible characters only', '\u200B\u200B'],
  ])('refuses %s', (_what, name) => {
    expect(messages(name)).toContain(INVISIBLE_CHARACTERS);
  });
});

describe('zName: shape', () => {
  it('trims and normalizes to NFC', () => {
    const decomposed = '  Zoe\u0308 A\u030Angstro\u0308m ';
    expect(ZTestName.parse(decomposed)).toBe('Zoë Ångström');
    expect(ZTestName.parse(decomposed)).toBe('Zoë Ångström'.normalize('NFC'));
    // Arabic alef with madda typed as alef + combining madda is stored as the one precomposed letter.
    expect(ZTestName.parse('\u0627\u0653منة')).toBe('\u0622منة');
  });

  it('reports missing, blank and wrong-length names with the given keys', () => {
    expect(messages(undefined)).toEqual(['test.required']);
    expect(messages('   ')).toEqual(['test.required']);
    expect(messages('A')).toEqual(['test.length']);
    expect(messages('A'.repeat(21))).toEqual(['test.length']);
  });

  it('reports invisible characters first, not also the length', () => {
    expect(messages(`\u202E${'A'.repeat(30)}`)).toEqual([INVISIBLE_CHARACTERS]);
  });
});

describe('findInvisibleCharacter', () => {
  it('names the first refused character and where it is', () => {
    expect(findInvisibleCharacter('ab\u202Ecd\u200B')).toEqual({ codePoint: 'U+202E', index: 2 });
    expect(findInvisibleCharacter('👩🏽\u200D💻 نورة')).toBeNull();
  });
});

describe('names from machines', () => {
  it('strips what zName refuses and keeps legitimate joiners', () => {
    expect(stripInvisibleCharacters('Evil\u202Eeman\u2066x\u2069')).toBe('Evilemanx');
    expect(stripInvisibleCharacters('\u200Bمی\u200Cخواهم\u200D')).toBe('می\u200Cخواهم');
    // Removing the override leaves the joiner at the edge: it goes too.
    expect(stripInvisibleCharacters('ab\u200D\u202E')).toBe('ab');
  });

  it('sanitizeName cuts at a grapheme boundary and never leaves a lone surrogate or a dangling joiner', () => {
    expect(sanitizeName(' \u202EAli\u00A0 ', 200)).toBe('Ali');
    expect(sanitizeName('abc👩🏽\u200D💻', 5)).toBe('abc');
    expect(sanitizeName('ab😀', 3)).toBe('ab');
    expect(sanitizeName('\u200B\u202E', 10)).toBe('');
    expect(findInvisibleCharacter(sanitizeName('ab\u200D\u200Dcd\u202E', 10))).toBeNull();
  });
});

describe('zName inside an object', () => {
  it('does not stop the object’s own rules from reporting', async () => {
    const { z } = await import('zod');
    const ZPerson = z
      .object({ name: ZTestName, email: z.string().optional() })
      .refine((p) => p.email !== undefined, { path: ['email'], error: 'test.emailRequired' });
    for (const name of ['', `No${RLO_CHAR}ura`, 'A'.repeat(30)]) {
      const paths = ZPerson.safeParse({ name }).error?.issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(['name', 'email']);
    }
  });
});
