import DataLoader from 'dataloader';
import { NodeLabel } from '../../graph/model';
import type { Reader } from '../db/graph';

export const DOCUMENT_TITLES = `
UNWIND $ids AS id
MATCH (d:${NodeLabel.Document} {id: id})
RETURN d.id AS id, d.title AS title`;

/** Per-request loader: the titles of the documents the evidence in a response cites. */
export function documentTitleLoader(reader: Reader): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const records = await reader.read(DOCUMENT_TITLES, { ids: [...ids] });
    const titles = new Map(records.map((r) => [String(r.get('id')), r.get('title') as string | null]));
    return ids.map((id) => titles.get(id) ?? null);
  });
}
