import { graphql } from '../gql';

/** Where a fact comes from, as every panel shows it: for a derived fact also why and its premises. */
export const EvidencePartsFragment = graphql(`
  fragment EvidenceParts on Evidence {
    kind
    document
    documentTitle
    documentLine
    line
    quote
    alias
    basis
    rule
    ruleZh: ruleName(lang: ZH)
    ruleEn: ruleName(lang: EN)
    whyZh: why(lang: ZH)
    whyEn: why(lang: EN)
    premises {
      kind
      document
      documentTitle
      documentLine
      line
      quote
      sourceZh: source(lang: ZH)
      sourceEn: source(lang: EN)
      saysZh: says(lang: ZH)
      saysEn: says(lang: EN)
    }
  }
`);
