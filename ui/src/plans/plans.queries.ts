import { gql } from 'urql';

/** The plan switcher's and the edition diff's GraphQL documents (see api/schema.graphql). */

export const PlansQuery = gql`
  query Plans {
    plans {
      id
      title
      edition
      level
      region
      regionId
      projectCount
    }
  }
`;

export const RegionsQuery = gql`
  query Regions($parent: ID) {
    regions(parent: $parent) {
      id
      name
      level
      code
      planCount
    }
  }
`;

export const RegionPathQuery = gql`
  query RegionPath($id: ID!) {
    regionPath(id: $id) {
      id
      name
      level
    }
  }
`;

const DIFF_EVIDENCE = `document line quote basis rule`;

export const PlanDiffQuery = gql`
  query PlanDiff($from: ID!, $to: ID!) {
    planDiff(from: $from, to: $to) {
      from { id title edition }
      to { id title edition }
      carriedOver
      new
      dropped
      entries {
        status
        before { id name box item evidence { ${DIFF_EVIDENCE} } }
        after { id name box item evidence { ${DIFF_EVIDENCE} } }
        evidence { rule basis from { ${DIFF_EVIDENCE} } to { ${DIFF_EVIDENCE} } }
      }
    }
  }
`;

export interface PlanSummary {
  id: string;
  title: string;
  edition: string | null;
  level: string;
  region: string;
  regionId: string | null;
  projectCount: number;
}

export interface RegionSummary {
  id: string;
  name: string;
  level: string;
  code?: string | null;
  planCount?: number;
}
