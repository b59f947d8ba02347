import { NodeLabel } from '../../graph/model';

/** The title and first gazette line of each document of `$ids`. */
export const DOCUMENT_TITLES = `
UNWIND $ids AS id
MATCH (d:${NodeLabel.Document} {id: id})
RETURN d.id AS id, d.title AS title, d.line AS line`;
