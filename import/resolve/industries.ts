import type { Evidence, Indicator, Industry } from '../bundle/schema';
import type { ProjectMention } from '../extract/projects';
import type { IndustryRules } from '../extract/rules';
import { matchHeadKeywordRule, matchKeywordRule } from '../extract/rules';

export interface IndustryChoice {
  code: string;
  rule: 'industry-keyword' | 'partner-sector' | 'sentence-sector' | 'item-sector' | 'box-sector';
  /** The words that decided it. */
  because: string;
}

/**
 * A project's industries, primary first: a keyword of its name when it is plainly of another sector,
 * then the sector of partners abroad it is built with (与“一带一路”沿线国家合作建设X), else where the
 * plan files it (the sentence's “X方面”, the item heading, the box title); the filing sector follows
 * as a further industry.
 */
export function industriesOfMention(mention: ProjectMention, rules: IndustryRules, known: ReadonlySet<string>): IndustryChoice[] {
  const valid = (code: string) => known.has(code);
  const filed = fileSector(mention, rules);
  const keyword = matchHeadKeywordRule(rules.keywords, mention.name);
  // A keyword of the box's own sector says nothing the item heading has not refined already.
  const boxCode = matchKeywordRule(rules.boxTitle, mention.boxTitle)?.code;
  const choices: IndustryChoice[] = [];
  if (keyword && valid(keyword.code) && keyword.code !== boxCode) {
    choices.push({ code: keyword.code, rule: 'industry-keyword', because: keyword.keyword });
  }
  const partner = matchKeywordRule(rules.partnerSector, mention.lead);
  if (partner && valid(partner.code) && !choices.some((c) => c.code === partner.code)) {
    choices.push({ code: partner.code, rule: 'partner-sector', because: partner.keyword });
  }
  if (filed && valid(filed.code) && !choices.some((c) => c.code === filed.code)) choices.push(filed);
  return choices;
}

function fileSector(mention: ProjectMention, rules: IndustryRules): IndustryChoice | null {
  if (mention.sentenceSector) {
    const hit = matchKeywordRule(rules.sentenceSector.rules, mention.sentenceSector);
    if (hit) return { code: hit.code, rule: 'sentence-sector', because: `${mention.sentenceSector}${rules.sentenceSector.marker}` };
  }
  const item = matchKeywordRule(rules.itemTitle, mention.itemTitle);
  if (item) return { code: item.code, rule: 'item-sector', because: mention.itemTitle };
  const box = matchKeywordRule(rules.boxTitle, mention.boxTitle);
  if (box) return { code: box.code, rule: 'box-sector', because: mention.boxTitle };
  return null;
}

/** Links each indicator of 专栏 1 to the industries its name measures. */
export function linkIndicators(indicators: Indicator[], rules: IndustryRules, industries: Industry[]): Indicator[] {
  const known = new Set(industries.map((i) => i.code));
  return indicators.map((indicator) => {
    const links: { code: string; evidence: Evidence }[] = [...indicator.industries];
    for (const rule of rules.indicators) {
      const keyword = rule.keywords.find((k) => indicator.name.includes(k));
      if (!keyword || !known.has(rule.code) || links.some((l) => l.code === rule.code)) continue;
      links.push({
        code: rule.code,
        evidence: { ...indicator.evidence, basis: 'derived', rule: 'indicator-keyword' },
      });
    }
    return { ...indicator, industries: links };
  });
}
