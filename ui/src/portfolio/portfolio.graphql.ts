import { graphql } from '../gql';

export const IndustriesWithIndicatorsQuery = graphql(`
  query IndustriesWithIndicators($plan: ID, $region: ID) {
    industries(plan: $plan, region: $region) {
      code
      zh
      en
      projectCount
      indicators {
        id
        number
        part
        category
        name
        nameEn
        unit
        unitEn
        value2025
        value2030
        target
        attribute
      }
    }
  }
`);

export const DistrictsQuery = graphql(`
  query Districts($plan: ID, $region: ID) {
    districts(plan: $plan, region: $region) {
      name
      kind
      projectCount
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {
    projects(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      nodes {
        ...ProjectRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A row of the portfolio table. */
export const ProjectRowFragment = graphql(`
  fragment ProjectRow on Project {
    id
    name
    tier
    box
    boxes
    boxLabels
    industries {
      code
      zh
    }
    districts {
      name
    }
    units {
      role
      unit {
        id
        name
      }
    }
  }
`);
