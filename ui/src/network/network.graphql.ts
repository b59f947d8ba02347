import { graphql } from '../gql';

export const FacetsQuery = graphql(`
  query Facets($plan: ID, $region: ID) {
    industries(plan: $plan, region: $region) {
      code
      zh
      en
      projectCount
    }
    districts(plan: $plan, region: $region) {
      name
      kind
      projectCount
    }
    boxes(plan: $plan, region: $region) {
      number
      label
      title
      projectCount
    }
    chapters(plan: $plan, region: $region) {
      id
      level
      number
      title
      parentId
      projectCount
    }
    units(plan: $plan, region: $region) {
      id
      name
      kind
      aliases
    }
  }
`);

/**
 * Nodes and edges as the network draws them: typed fields only, so that the API reads no more of
 * ten thousand elements than is drawn. The overview leaves out the edges' evidence (it would repeat
 * each project's sentence hundreds of times); a neighbourhood brings it. A selected node's
 * properties come with NodeQuery.
 */
export const GraphSliceFragment = graphql(`
  fragment GraphSliceParts on GraphSlice {
    nodes {
      id
      label
      type
      zh
      en
    }
    edges {
      id
      source
      target
      type
      basis
      role
    }
    truncated
    limit
  }
`);

export const OverviewQuery = graphql(`
  query Overview($filter: ProjectFilter, $limit: Int) {
    overview(filter: $filter, limit: $limit) {
      ...GraphSliceParts
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      ...GraphSliceParts
      edges {
        id
        evidence {
          ...EvidenceParts
        }
      }
    }
  }
`);

export const OverlapGroupMembersQuery = graphql(`
  query OverlapGroupMembers($kind: OverlapKind!, $plan: ID, $region: ID) {
    overlaps(kind: $kind, plan: $plan, region: $region) {
      kind
      key
      facilityKind {
        zh
        en
      }
      projects {
        id
      }
    }
  }
`);

export const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      tier
      box
      boxes
      boxLabels
      item
      kind
      facilityKind {
        id
        zh
        en
      }
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
        boxLabel
        item
        line
        quote
      }
      evidence {
        ...EvidenceParts
      }
    }
    industries {
      code
      en
    }
  }
`);

/** The projects a place, unit or district panel lists. */
export const PanelProjectsQuery = graphql(`
  query PanelProjects($filter: ProjectFilter, $first: Int) {
    projects(filter: $filter, first: $first, sort: NAME) {
      totalCount
      nodes {
        id
        name
        boxes
        industries {
          code
          zh
        }
      }
    }
    industries {
      code
      zh
      en
      projectCount
    }
  }
`);

/** A selected node's properties (the panel's facts), which graph slices leave out. */
export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      id
      data
    }
  }
`);

/** One edge with its sentence, for the panel when the slice came without it. */
export const LinkQuery = graphql(`
  query Link($id: ID!) {
    link(id: $id) {
      id
      type
      role
      basis
      evidence {
        ...EvidenceParts
      }
    }
  }
`);

/** The summary network's query (summary.graphql.ts), typed. */
export { SummaryDocument as SummaryQuery } from '../gql/graphql';
