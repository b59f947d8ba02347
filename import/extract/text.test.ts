import fc from 'fast-check';
import {
  clauseUnits,
  namedBodies,
  namesInOrder,
  depths,
  indexOutside,
  lastIndexOutside,
  endsWithAny,
  PrefixWords,
  sentences,
  splitOutside,
  startsWithAny,
  SuffixWords,
} from './text';

/**
 * The definitions the functions started from, which compute the depths of every text: the
 * functions skip that work for texts without brackets, quotes or surrogates, and must answer the same.
 */
const reference = {
  splitOutside(text: string, separators: string): string[] {
    const depth = depths(text);
    const parts: string[] = [];
    let current = '';
    [...text].forEach((ch, index) => {
      if (depth[index] === 0 && separators.includes(ch)) {
        parts.push(current);
        current = '';
      } else current += ch;
    });
    parts.push(current);
    return parts;
  },
  indexOutside(text: string, needle: string, from = 0): number {
    const depth = depths(text);
    let index = text.indexOf(needle, from);
    while (index >= 0 && depth[index] !== 0) index = text.indexOf(needle, index + 1);
    return index;
  },
  lastIndexOutside(text: string, needle: string): number {
    const depth = depths(text);
    let index = text.lastIndexOf(needle);
    while (index >= 0 && depth[index] !== 0) index = index > 0 ? text.lastIndexOf(needle, index - 1) : -1;
    return index;
  },
  // The word lookups try only the words that share the text's first or last character.
  startsWithAny(text: string, words: readonly string[]): string | null {
    let best: string | null = null;
    for (const word of words) if (text.startsWith(word) && (!best || word.length > best.length)) best = word;
    return best;
  },
  endsWithAny(text: string, words: readonly string[]): string | null {
    let best: string | null = null;
    for (const word of words) if (text.endsWith(word) && (!best || word.length > best.length)) best = word;
    return best;
  },
};

// Plan prose in small: the separators and needles the reader uses, brackets and quotes, a surrogate pair.
const pieces = [
  '建设',
  '等',
  '、',
  '，',
  '。',
  '的',
  '（',
  '）',
  '(',
  ')',
  '“',
  '”',
  '《',
  '》',
  '【',
  '】',
  '中心',
  'A',
  '𠀋',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));
const needle = fc.constantFrom('等', '、', '的', '建设', '中心', '（');

describe('splitting plan prose outside brackets and quotes', () => {
  it('splits, finds first and last occurrences as the definitions do', () => {
    fc.assert(
      fc.property(text, needle, fc.nat(30), (t, n, from) => {
        expect(splitOutside(t, '，、')).toEqual(reference.splitOutside(t, '，、'));
        expect(indexOutside(t, n)).toBe(reference.indexOutside(t, n));
        expect(indexOutside(t, n, from)).toBe(reference.indexOutside(t, n, from));
        expect(lastIndexOutside(t, n)).toBe(reference.lastIndexOutside(t, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a bracketed or quoted list whole', () => {
    expect(splitOutside('甲、“乙、丙”、丁（戊、己）', '、')).toEqual(['甲', '“乙、丙”', '丁（戊、己）']);
    expect(indexOutside('“建设等”推进等', '等')).toBe(7);
    expect(lastIndexOutside('甲的乙（丙的丁）', '的')).toBe(1);
    expect(sentences('推进A。建设“B。C”；')).toEqual(['推进A', '建设“B。C”']);
  });
});

describe('namesInOrder', () => {
  it('splits a list at 、 and its last piece at 和, keeping brackets and quotes whole', () => {
    expect(namesInOrder('甲县、乙县和丙县')).toEqual(['甲县', '乙县', '丙县']);
    expect(namesInOrder('甲（A、B）园和乙“丙和丁”工程')).toEqual(['甲（A、B）园', '乙“丙和丁”工程']);
    expect(namesInOrder('市农业农村局')).toEqual(['市农业农村局']);
  });
});

describe('clauseUnits', () => {
  it('reads who leads, supports or carries out a project, leaving bodies named only by kind', () => {
    expect(clauseUnits('由市港航局牵头，甲乙集团、丙丁公司配合')).toEqual([
      { body: '市港航局', role: 'lead' },
      { body: '甲乙集团', role: 'supporting' },
      { body: '丙丁公司', role: 'supporting' },
    ]);
    expect(clauseUnits('县林草局牵头，各乡镇配合')).toEqual([{ body: '县林草局', role: 'lead' }]);
    expect(clauseUnits('由甲乙高新区负责实施')).toEqual([{ body: '甲乙高新区', role: 'undertaker' }]);
    expect(clauseUnits('由市水利局牵头，各区、县（市）人民政府负责实施')).toEqual([{ body: '市水利局', role: 'lead' }]);
    expect(clauseUnits('各乡镇、县人民政府配合')).toEqual([]);
    expect(clauseUnits('由市能源局牵头组织实施')).toEqual([{ body: '市能源局', role: 'lead' }]);
    expect(clauseUnits('由市文广旅局牵头，甲乙文旅集团负责投资运营')).toEqual([
      { body: '市文广旅局', role: 'lead' },
      { body: '甲乙文旅集团', role: 'undertaker' },
    ]);
    expect(clauseUnits('由市地铁集团、甲乙城投集团联合实施')).toEqual([
      { body: '市地铁集团', role: 'undertaker' },
      { body: '甲乙城投集团', role: 'undertaker' },
    ]);
  });

  it('parts a body joined by 和 to a kind of body, and drops the kinds of area a 各 or 有关 runs on over', () => {
    expect(clauseUnits('由省水利厅牵头，甲乙水利投资集团和有关市、自治州人民政府负责实施')).toEqual([
      { body: '省水利厅', role: 'lead' },
      { body: '甲乙水利投资集团', role: 'undertaker' },
    ]);
    expect(namedBodies(['省能源局', '各市', '自治州人民政府'])).toEqual(['省能源局']);
    expect(namedBodies(['市海洋与渔业局', '相关区', '县（市）人民政府和园区管委会'])).toEqual(['市海洋与渔业局']);
    expect(namedBodies(['甲乙集团和园区管委会'])).toEqual(['甲乙集团和园区管委会']);
  });

  it('reads 实施主体为X, and X负责 only when X is named as a body', () => {
    expect(clauseUnits('实施主体为甲乙县人民政府')).toEqual([{ body: '甲乙县人民政府', role: 'undertaker' }]);
    expect(clauseUnits('丙丁县人民政府负责')).toEqual([{ body: '丙丁县人民政府', role: 'undertaker' }]);
    expect(clauseUnits('企业负责')).toEqual([]);
  });

  it('passes over a kind of body said to carry the projects out beside the bodies named (所在镇（街道）负责实施)', () => {
    expect(clauseUnits('由市文化和旅游局牵头，所在镇（街道）负责实施')).toEqual([
      { body: '市文化和旅游局', role: 'lead' },
    ]);
    expect(clauseUnits('由县农业农村局牵头，相关镇人民政府具体实施')).toEqual([{ body: '县农业农村局', role: 'lead' }]);
    expect(clauseUnits('由州农业农村局、州水利局牵头，各县（市）人民政府组织实施')).toEqual([
      { body: '州农业农村局', role: 'lead' },
      { body: '州水利局', role: 'lead' },
    ]);
  });

  it('reads nothing from a clause of another kind', () => {
    expect(clauseUnits('打造区域航运中心')).toEqual([]);
    expect(clauseUnits('由市港航局牵头，打造区域航运中心')).toEqual([]);
  });
});

describe('word lookups (PrefixWords, SuffixWords)', () => {
  const words = fc.array(
    fc.array(fc.constantFrom('推', '进', '建', '设', '𠀋', 'A'), { maxLength: 4 }).map((p) => p.join('')),
    { maxLength: 10 },
  );

  it('finds at every position the word the definition finds in the rest of the text', () => {
    fc.assert(
      fc.property(words, text, fc.nat(30), (w, t, at) => {
        const lookup = new PrefixWords(w);
        expect(lookup.at(t, at)).toBe(reference.startsWithAny(t.slice(at), w));
        expect(lookup.at(t)).toBe(reference.startsWithAny(t, w));
        expect(startsWithAny(t, w)).toBe(reference.startsWithAny(t, w));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds at the end the word the definition finds', () => {
    fc.assert(
      fc.property(words, text, (w, t) => {
        expect(new SuffixWords(w).ending(t)).toBe(reference.endsWithAny(t, w));
        expect(endsWithAny(t, w)).toBe(reference.endsWithAny(t, w));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a list as it was at its first lookup', () => {
    const list = ['推进'];
    expect(startsWithAny('推进建设', list)).toBe('推进');
    expect(endsWithAny('加快推进', list)).toBe('推进');
    list.push('推进建设');
    expect(startsWithAny('推进建设', list)).toBe('推进');
  });

  it('takes the longest word, the empty word only when no other fits', () => {
    const lookup = new PrefixWords(['推进', '', '推进建设', '建设']);
    expect(lookup.at('加快推进建设项目', 2)).toBe('推进建设');
    expect(lookup.at('加快推进建设项目', 4)).toBe('建设');
    expect(lookup.at('加快推进建设项目', 0)).toBe('');
    expect(new PrefixWords(['推进']).at('加快推进', 8)).toBeNull();
  });
});
