import { RULES, RuleId, ruleText } from './rules';

describe('provenance rule registry', () => {
  it('describes every rule in Chinese without Latin letters and in English', () => {
    for (const [id, info] of Object.entries(RULES)) {
      expect([id, info.zh]).not.toEqual([id, expect.stringMatching(/[A-Za-z]/)]);
      expect(info.zh.length).toBeGreaterThan(1);
      expect(info.en.length).toBeGreaterThan(1);
    }
  });

  it('accepts registered ids only', () => {
    expect(RuleId.safeParse('task-chain').success).toBe(true);
    expect(RuleId.safeParse('no-such-rule').success).toBe(false);
  });

  it('reads an id as its description, and an unknown id as itself', () => {
    expect(ruleText('task-chain', 'zh')).toBe(RULES['task-chain'].zh);
    expect(ruleText('task-chain', 'en')).toBe(RULES['task-chain'].en);
    expect(ruleText('legacy-rule', 'zh')).toBe('legacy-rule');
  });
});
