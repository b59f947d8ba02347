import { NodeLabel, RelType } from '../../../graph/model';
import { emptyNodeLists, emptyRelationshipLists, fixNodes } from './cypher';

/** The statement as one line, for comparing. */
const flat = (cypher: string) => cypher.trim().replace(/\s+/g, ' ');

describe('the statements after an initial load', () => {
  it('sets a fix-up row by id, the label from the model and the values as parameters', () => {
    expect(flat(fixNodes(NodeLabel.Project))).toBe(
      'UNWIND $rows AS row MATCH (n:Project {id: row.id}) SET n += row.props',
    );
  });

  it('sets a required list empty where the import left none, in batches of the statement', () => {
    expect(flat(emptyNodeLists(NodeLabel.Project, 'orgs'))).toBe(
      'MATCH (n:Project) WHERE n.`orgs` IS NULL CALL (n) { SET n.`orgs` = [] } IN TRANSACTIONS OF 10000 ROWS',
    );
    expect(flat(emptyRelationshipLists(RelType.NAMES, 'aliases'))).toBe(
      'MATCH ()-[r:NAMES]->() WHERE r.`aliases` IS NULL CALL (r) { SET r.`aliases` = [] } IN TRANSACTIONS OF 10000 ROWS',
    );
  });
});
