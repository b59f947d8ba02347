/**
 * The firms a plan's prose names in full, by their legal form (支持蔎香茶业有限公司等龙头企业做大做强):
 * a box that names a project after one writes it without the form (蔎香茶业标准化加工中心), and only
 * the prose says it is a firm's name.
 */

/** A firm's legal form, the end of its full name. */
export const LEGAL_FORMS = '(?:股份有限公司|有限责任公司|有限公司)';
const LEGAL_FORM = new RegExp(LEGAL_FORMS, 'gu');
/** The most characters a firm's name holds before its legal form. */
const NAME_MAX = 14;
/** A firm's name is a run of Han characters: punctuation, digits and 、 end it. */
const NAME_RUN = new RegExp(`\\p{Script=Han}{2,${NAME_MAX}}$`, 'u');
/** A firm named before this one in the same run, and the joiner after it (甲有限公司和乙有限公司). */
const EARLIER_FIRM = new RegExp(`^.*${LEGAL_FORMS}[和与及]?`, 'u');
/**
 * Words the prose puts before a firm's name, which the name never opens with (支持X, 依托X, 由X负责):
 * taken off the run's head one after another (加快推动X). One-character words other than 由 stay: firms'
 * names open with them (同仁, 和利).
 */
const LEAD_WORDS =
  /^(?:支持|推动|推进|鼓励|引导|培育|依托|引进|加快|积极|大力|重点|联合|携手|组建|成立|设立|发挥|做强|壮大|其中|由)/u;
/** A run that names a kind of firm (国有独资有限公司), not one firm. */
const NOT_A_NAME = /(?:企业|国有|独资|民营|合资|外资|项目)$/u;

/**
 * The full names (with legal form) of the firms the lines name, each once, in the order read. A name
 * starts after the words that lead it (支持, 依托, 由 …) and after the punctuation before it.
 */
export function readFirms(lines: readonly { text: string }[]): string[] {
  const found = new Set<string>();
  for (const { text } of lines) {
    for (const match of text.matchAll(LEGAL_FORM)) {
      const before = NAME_RUN.exec(text.slice(Math.max(0, match.index - NAME_MAX), match.index))?.[0];
      if (!before) continue;
      let name = before.replace(EARLIER_FIRM, '');
      for (let lead = LEAD_WORDS.exec(name); lead; lead = LEAD_WORDS.exec(name)) name = name.slice(lead[0].length);
      if (name.length < 2 || NOT_A_NAME.test(name)) continue;
      found.add(name + match[0]);
    }
  }
  return [...found];
}
