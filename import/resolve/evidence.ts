import { RULES } from '../../graph/rules';
import type { Evidence } from '../bundle/schema';

/**
 * A derived fact that rests on its own sentence alone (a keyword of a project's name, a duty
 * section's heading) says so: the rule's description is why, and the sentence is its premise.
 * Facts whose premises were given are returned as they are.
 */
export function explained<T extends Evidence>(evidence: T): T {
  if (evidence.basis !== 'derived' || (evidence.premises?.length ?? 0) > 0) return evidence;
  const rule = RULES[evidence.rule];
  return {
    ...evidence,
    why: evidence.why ?? { zh: `依据：${rule.zh}`, en: `By rule: ${rule.en}` },
    premises: [{ kind: 'gazette', document: evidence.document, line: evidence.line, quote: evidence.quote }],
  };
}

/**
 * Records the form by which the quote names an end when it does not use that end's name
 * (〔责任单位：工信局…〕 for 市工业和信息化局). `ends` holds each end's name first, then its aliases.
 */
export function withAlias(evidence: Evidence, ends: ReadonlyArray<readonly string[]>): Evidence {
  if (evidence.alias) return evidence;
  for (const [name, ...aliases] of ends) {
    if (!name || evidence.quote.includes(name)) continue;
    const alias = aliases.filter((a) => a && evidence.quote.includes(a)).sort((a, b) => b.length - a.length)[0];
    if (alias) return { ...evidence, alias };
  }
  return evidence;
}
