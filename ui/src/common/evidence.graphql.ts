import { graphql } from '../gql';

/** Where a fact comes from, as every panel shows it. */
export const EvidencePartsFragment = graphql(`
  fragment EvidenceParts on Evidence {
    document
    documentTitle
    line
    quote
    basis
    rule
  }
`);
