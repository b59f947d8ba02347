import fc from 'fast-check';
import { longestFirst } from './rules';

/** The order the readers rely on: each word once, longer before shorter, as first listed among equals. */
const reference = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

const word = fc.string({ unit: fc.constantFrom('推', '进', '实', '施', '公', '路', '高', '速'), maxLength: 4 });

describe('longestFirst', () => {
  it('orders the words longest first, each once, keeping the order of words of one length', () => {
    expect(longestFirst(['公路', '推进', '高速公路', '推进实施', '公路'])).toEqual([
      '高速公路',
      '推进实施',
      '公路',
      '推进',
    ]);
  });

  it('gives the same ordered list for a list asked again, and for a copy of it', () => {
    const words = ['建设', '推进实施', '推进'];
    const first = longestFirst(words);
    expect(longestFirst(words)).toBe(first);
    expect(longestFirst([...words])).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('answers as the reference ordering for any list, asked once, again, or as a copy', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const expected = reference(words);
        expect(longestFirst(words)).toEqual(expected);
        expect(longestFirst(words)).toEqual(expected);
        expect(longestFirst([...words])).toEqual(expected);
      }),
    );
  });

  it('does not give a list of other words that were asked for before', () => {
    const earlier = ['推进', '实施'];
    longestFirst(earlier);
    expect(longestFirst(['推进', '实施', '建设项目'])).toEqual(['建设项目', '推进', '实施']);
    expect(longestFirst(earlier.slice(0, 1))).toEqual(['推进']);
    longestFirst([]);
    expect(longestFirst([''])).toEqual(['']);
  });
});
