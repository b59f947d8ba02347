import { graphql } from '../gql';

/** The plan switcher's and the edition diff's GraphQL documents (see api/schema.graphql). */

export const PlansQuery = graphql(`
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
`);

export const RegionsQuery = graphql(`
  query Regions($parent: ID) {
    regions(parent: $parent) {
      id
      name
      level
      code
      planCount
    }
  }
`);

export const RegionPathQuery = graphql(`
  query RegionPath($id: ID!) {
    regionPath(id: $id) {
      id
      name
      level
    }
  }
`);

/** The sentence of one edition the diff shows for a project. */
export const DiffSentenceFragment = graphql(`
  fragment DiffSentence on Evidence {
    document
    line
    quote
    basis
    rule
  }
`);

/** A project of one edition as the diff lists it. */
export const DiffProjectFragment = graphql(`
  fragment DiffProject on Project {
    id
    name
    box
    item
    evidence {
      ...DiffSentence
    }
  }
`);

export const PlanDiffQuery = graphql(`
  query PlanDiff($from: ID!, $to: ID!) {
    planDiff(from: $from, to: $to) {
      from {
        id
        title
        edition
      }
      to {
        id
        title
        edition
      }
      carriedOver
      new
      dropped
      entries {
        status
        before {
          ...DiffProject
        }
        after {
          ...DiffProject
        }
        evidence {
          rule
          basis
          from {
            ...DiffSentence
          }
          to {
            ...DiffSentence
          }
        }
      }
    }
  }
`);

export const OtherPlansQuery = graphql(`
  query ProjectOtherPlans($id: ID!) {
    project(id: $id) {
      id
      otherPlans {
        kind
        direction
        planTitle
        project {
          id
          name
        }
        evidence {
          rule
          from {
            line
            quote
          }
          to {
            line
            quote
          }
        }
      }
    }
  }
`);
