import DataLoader from 'dataloader';
import { DocumentProps, withId } from '../../graph/model';
import type { Reader } from '../db/graph';
import { fromGraph } from '../db/values';
import { DOCUMENT_TITLES } from './document-titles.cypher';

/** What DOCUMENT_TITLES returns for each document. */
const DocumentTitleRow = withId(DocumentProps).pick({ id: true, title: true, line: true });

async function readDocuments(reader: Reader, ids: readonly string[]) {
  const records = await reader.read(DOCUMENT_TITLES, { ids: [...ids] });
  return new Map(records.map((r) => fromGraph(DocumentTitleRow, r.toObject())).map((d) => [d.id, d]));
}

/** Per-request loader: the titles of the documents the evidence in a response cites. */
export function documentTitleLoader(reader: Reader): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const documents = await readDocuments(reader, ids);
    return ids.map((id) => documents.get(id)?.title ?? null);
  });
}

/** Per-request loader: the gazette line each cited document starts on, to number lines within it. */
export function documentStartLoader(reader: Reader): DataLoader<string, number | null> {
  return new DataLoader(async (ids) => {
    const documents = await readDocuments(reader, ids);
    return ids.map((id) => documents.get(id)?.line ?? null);
  });
}
