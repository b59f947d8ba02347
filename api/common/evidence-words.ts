import type { Reader } from '../db/graph';
import { toNumberOrNull } from '../db/values';
import type { CsvLang } from '../projects/csv-vocabulary';
import { DOCUMENT_TITLES } from './document-titles.cypher';

/** A link's basis in words, as the exports write it. */
export const BASIS_WORDS: Record<CsvLang, Record<string, string>> = {
  zh: { stated: '明示', derived: '推导' },
  en: { stated: 'stated', derived: 'derived' },
};

/** A document's title and the gazette line it starts on, to say where each sentence stands. */
export interface DocumentInfo {
  title: string;
  line: number | null;
}

/**
 * Where a sentence stands: its document's title (the id when the graph has no such document, e.g.
 * a city profile file) and its line within that document ('' when unknown).
 */
export function documentWhere(
  evidence: { document: string; line: number },
  documents: ReadonlyMap<string, DocumentInfo>,
): { title: string; documentLine: number | '' } {
  const document = documents.get(evidence.document);
  const start = document?.line ?? null;
  return {
    title: document?.title ?? evidence.document,
    documentLine: start !== null && evidence.line > 0 ? evidence.line - start + 1 : '',
  };
}

/** The title and first gazette line of each document of `ids`. */
export async function documentInfos(reader: Reader, ids: readonly string[]): Promise<Map<string, DocumentInfo>> {
  const records = await reader.read(DOCUMENT_TITLES, { ids: [...new Set(ids)] });
  return new Map(
    records.map((r) => [
      String(r.get('id')),
      { title: String(r.get('title') ?? r.get('id')), line: toNumberOrNull(r.get('line')) },
    ]),
  );
}
