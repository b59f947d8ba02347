/**
 * The key two plans' projects are matched by: the name without the words that say which phase or
 * stage of a project a plan lists (续建, 二期, （一期）…) and without a trailing 项目/工程, so that
 * 某某物流园二期 in one edition is recognised as 某某物流园 carried over from the one before.
 */
const PHASE = '[一二三四五六七八九十\\d]+期';
const STAGE = '(?:续建|新建|改扩建|扩建|提升|建设)';
const BRACKETED = new RegExp(`[（(](?:${PHASE}|${STAGE})(?:工程|项目)?[）)]`, 'g');
const PHASE_WORD = new RegExp(`${PHASE}(?:工程|项目)?`, 'g');
const STAGE_EDGE = new RegExp(`^${STAGE}|${STAGE}$`, 'g');
const TRAILING_KIND = /(?:项目|工程)$/;

/** The matching key of a project name; never empty for a non-empty name. */
export function projectMatchKey(name: string): string {
  const base = name.normalize('NFKC').replace(/\s+/g, '');
  let key = base.replace(BRACKETED, '').replace(PHASE_WORD, '');
  // Stage words and a trailing 项目 can stand one after the other: 续建项目.
  for (let i = 0; i < 2; i++) key = key.replace(TRAILING_KIND, '').replace(STAGE_EDGE, '');
  return key || base;
}
