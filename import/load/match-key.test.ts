import fc from 'fast-check';
import { projectMatchKey } from './match-key';

describe('projectMatchKey', () => {
  it('matches a project across phases and continuation words', () => {
    const key = projectMatchKey('陶瓷工业园物流园');
    for (const name of [
      '陶瓷工业园物流园二期',
      '陶瓷工业园物流园（续建）',
      '陶瓷工业园物流园（二期）项目',
      '陶瓷工业园物流园三期工程',
      '续建陶瓷工业园物流园项目',
    ]) {
      expect(projectMatchKey(name)).toBe(key);
    }
  });

  it('keeps names that differ in what they build apart', () => {
    expect(projectMatchKey('浮梁县污水处理厂')).not.toBe(projectMatchKey('乐平市污水处理厂'));
    expect(projectMatchKey('景德镇东站')).not.toBe(projectMatchKey('景德镇北站'));
  });

  it('is never empty and is stable', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
        (name) => {
          const key = projectMatchKey(name);
          expect(key.length).toBeGreaterThan(0);
          expect(projectMatchKey(key)).toBe(projectMatchKey(key));
        },
      ),
    );
  });
});
