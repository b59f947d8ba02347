import type { GazetteDocument } from './documents';
import { splitUnitNames } from './units';

/** How a sentence says that one body answers to another. */
export type SupervisionWording = 'under-leadership' | 'answers-to' | 'accepts-leadership' | 'led-by';

/**
 * A sentence of a document stating that some units answer to a supervising body
 * ("市发展改革委在市人民政府领导下…", "市工信局对市人民政府负责", "…接受市人民政府统一领导",
 * "…由市人民政府直接领导"). Names are as written; the resolver keeps those that name known units.
 */
export interface SupervisionStatement {
  document: string;
  line: number;
  /** The sentence, which names both the units and their supervisor. */
  quote: string;
  units: string[];
  supervisors: string[];
  wording: SupervisionWording;
}

/**
 * Each wording as a pattern over one clause: the units before the marker, the supervisor inside
 * it. The words are those of Chinese official prose, not of one city.
 */
const WORDINGS: ReadonlyArray<[SupervisionWording, RegExp]> = [
  ['under-leadership', /^(.+?)在(.+?)(?:的)?(?:统一|直接)?领导下/],
  ['answers-to', /^(.+?)对(.+?)负责/],
  ['accepts-leadership', /^(.+?)(?:接受|受)(.+?)(?:的)?(?:统一|直接)?(?:领导|管理|监督)/],
  ['led-by', /^(.+?)由(.+?)(?:统一|直接)?(?:领导|管理)$/],
];

/** Words that open a clause before its subject (…，并由市工信局…). */
const OPENERS = /^(?:并|均|同时|其中|由)/;

const names = (list: string) =>
  splitUnitNames(list.replace(OPENERS, ''))
    .map((n) => n.name)
    .filter((n) => n.length >= 2);

/** The supervision statements of one sentence, or none. */
export function readSupervisionSentence(document: string, line: number, sentence: string): SupervisionStatement | null {
  for (const clause of sentence.split(/[，,：:]/)) {
    for (const [wording, pattern] of WORDINGS) {
      const match = pattern.exec(clause.trim());
      if (!match) continue;
      const units = names(match[1]);
      const supervisors = names(match[2]);
      if (units.length && supervisors.length) return { document, line, quote: sentence, units, supervisors, wording };
    }
  }
  return null;
}

/** Every sentence of the documents that states who a unit answers to (tables excepted). */
export function readSupervision(documents: GazetteDocument[]): SupervisionStatement[] {
  const out: SupervisionStatement[] = [];
  for (const { document, lines } of documents) {
    for (const { line, text } of lines) {
      if (text.trimStart().startsWith('|')) continue;
      for (const sentence of text.split(/[。；;！？]/)) {
        const statement = sentence.trim() && readSupervisionSentence(document.id, line, sentence.trim());
        if (statement) out.push(statement);
      }
    }
  }
  return out;
}
