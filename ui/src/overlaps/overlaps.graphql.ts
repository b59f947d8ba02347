import { graphql } from '../gql';

export const DistrictIndustryMatrixQuery = graphql(`
  query DistrictIndustryMatrix {
    districtIndustryMatrix {
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

export const OverlapsQuery = graphql(`
  query Overlaps($kind: OverlapKind!) {
    overlaps(kind: $kind) {
      ...OverlapGroupParts
    }
  }
`);

export const OverlapGroupFragment = graphql(`
  fragment OverlapGroupParts on OverlapGroup {
    kind
    key
    districts
    projects {
      id
      name
      boxes
      districts {
        name
      }
    }
  }
`);
