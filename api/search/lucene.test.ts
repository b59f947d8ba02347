import { luceneQuery } from './lucene';

describe('luceneQuery', () => {
  it('keeps Chinese words as they are', () => {
    expect(luceneQuery(' 御窑 ')).toBe('御窑');
  });

  it('escapes every Lucene operator character', () => {
    expect(luceneQuery('a+b -c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p')).toBe(
      'a\\+b \\-c \\&\\& d \\|\\| \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it('keeps boolean keywords from acting as operators', () => {
    expect(luceneQuery('MLCC AND OR NOT')).toBe('mlcc and or not');
  });

  it('gives nothing for blank input', () => {
    expect(luceneQuery('   ')).toBeNull();
  });
});
