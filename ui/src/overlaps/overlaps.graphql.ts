import { graphql } from '../gql';

export const DistrictIndustryMatrixQuery = graphql(`
  query DistrictIndustryMatrix($plan: ID, $region: ID) {
    districtIndustryMatrix(plan: $plan, region: $region) {
      district
      industry
      count
    }
    industries {
      code
      zh
      en
      projectCount
    }
  }
`);

/** One page of a kind's overlap groups within the chosen plan or region. */
export const OverlapsQuery = graphql(`
  query Overlaps($kind: OverlapKind!, $plan: ID, $region: ID, $first: Int, $after: String) {
    overlapPage(kind: $kind, plan: $plan, region: $region, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      groups {
        ...OverlapGroupParts
      }
    }
  }
`);

export const OverlapGroupFragment = graphql(`
  fragment OverlapGroupParts on OverlapGroup {
    kind
    key
    districts
    facilityKind {
      id
      zh
      en
    }
    projectCount
    projects {
      id
      name
      boxLabels
      districts {
        name
      }
    }
  }
`);
