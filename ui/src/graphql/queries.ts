import { gql } from 'urql';

/** The UI's GraphQL documents, one named operation each (see api/schema.graphql). */

const EVIDENCE = gql`
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
      source
    }
  }
`;

export const FacetsQuery = gql`
  query Facets {
    industries {
      code
      zh
      en
      projectCount
    }
    districts {
      name
      kind
      projectCount
    }
    boxes {
      number
      title
      projectCount
    }
    chapters {
      id
      level
      number
      title
      parentId
      projectCount
    }
    units {
      id
      name
      kind
      aliases
    }
  }
`;

export const IndustriesWithIndicatorsQuery = gql`
  query IndustriesWithIndicators {
    industries {
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
        unit
        value2025
        value2030
        target
        attribute
      }
    }
  }
`;

export const DistrictsQuery = gql`
  query Districts {
    districts {
      name
      kind
      projectCount
    }
  }
`;

export const OverviewQuery = gql`
  query Overview($filter: ProjectFilter, $limit: Int) {
    overview(filter: $filter, limit: $limit) {
      nodes {
        id
        label
        type
        data
      }
      edges {
        id
        source
        target
        type
        basis
      }
      truncated
      limit
    }
  }
`;

export const NeighborhoodQuery = gql`
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes {
        id
        label
        type
        data
      }
      edges {
        id
        source
        target
        type
        basis
        evidence {
          ...EvidenceParts
        }
      }
      truncated
      limit
    }
  }
  ${EVIDENCE}
`;

export const SearchQuery = gql`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      type
      name
      score
    }
  }
`;

export const ProjectDetailQuery = gql`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      tier
      box
      boxes
      item
      kind
      chapterPath {
        id
        level
        number
        title
      }
      industries {
        code
        zh
        evidence {
          ...EvidenceParts
        }
      }
      districts {
        name
        evidence {
          ...EvidenceParts
        }
      }
      places {
        place {
          id
          name
          district
          projectCount
        }
        evidence {
          ...EvidenceParts
        }
      }
      units {
        role
        unit {
          id
          name
          kind
          aliases
          duties
        }
        evidence {
          ...EvidenceParts
        }
      }
      mentions {
        box
        item
        line
        quote
      }
      evidence {
        ...EvidenceParts
      }
    }
  }
  ${EVIDENCE}
`;

export const ProjectsQuery = gql`
  query Projects($filter: ProjectFilter, $first: Int, $after: String, $sort: SortField) {
    projects(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      nodes {
        id
        name
        tier
        box
        boxes
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const MatrixQuery = gql`
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
`;

export const OverlapsQuery = gql`
  query Overlaps($kind: OverlapKind!) {
    overlaps(kind: $kind) {
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
  }
`;

const CHAIN_PATH = gql`
  fragment ChainPathParts on ChainPath {
    complete
    status
    derivedSteps
    noteZh: note(lang: ZH)
    noteEn: note(lang: EN)
    stopsAt {
      id
      type
      name
    }
    steps {
      relation
      relationZh: relationName(lang: ZH)
      relationEn: relationName(lang: EN)
      basis
      from {
        id
        type
        name
      }
      to {
        id
        type
        name
      }
      evidence {
        ...EvidenceParts
      }
    }
  }
  ${EVIDENCE}
`;

export const ResponsibilityChainQuery = gql`
  query ResponsibilityChain($projectId: ID!) {
    responsibilityChain(projectId: $projectId) {
      ...ChainPathParts
    }
  }
  ${CHAIN_PATH}
`;

export const PathQuery = gql`
  query Path($from: ID!, $to: ID!, $maxLength: Int) {
    path(from: $from, to: $to, maxLength: $maxLength) {
      ...ChainPathParts
    }
  }
  ${CHAIN_PATH}
`;

export const ProjectNameQuery = gql`
  query ProjectName($id: ID!) {
    project(id: $id) {
      id
      name
      boxes
    }
  }
`;
