import DataLoader from 'dataloader';
import { NodeLabel } from '../../graph/model';
import type { Reader } from '../db/graph';
import { toNumberOrNull } from '../db/values';

export const DOCUMENT_TITLES = `
UNWIND $ids AS id
MATCH (d:${NodeLabel.Document} {id: id})
RETURN d.id AS id, d.title AS title, d.line AS line`;

/** Per-request loader: the titles of the documents the evidence in a response cites. */
export function documentTitleLoader(reader: Reader): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const records = await reader.read(DOCUMENT_TITLES, { ids: [...ids] });
    const titles = new Map(records.map((r) => [String(r.get('id')), r.get('title') as string | null]));
    return ids.map((id) => titles.get(id) ?? null);
  });
}

/** Per-request loader: the gazette line each cited document starts on, to number lines within it. */
export function documentStartLoader(reader: Reader): DataLoader<string, number | null> {
  return new DataLoader(async (ids) => {
    const records = await reader.read(DOCUMENT_TITLES, { ids: [...ids] });
    const starts = new Map(records.map((r) => [String(r.get('id')), toNumberOrNull(r.get('line'))]));
    return ids.map((id) => starts.get(id) ?? null);
  });
}
