import { graphql } from '../gql';

export const ChainPathFragment = graphql(`
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
`);

export const ResponsibilityChainQuery = graphql(`
  query ResponsibilityChain($projectId: ID!) {
    responsibilityChain(projectId: $projectId) {
      ...ChainPathParts
    }
  }
`);

export const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!, $maxLength: Int) {
    path(from: $from, to: $to, maxLength: $maxLength) {
      ...ChainPathParts
    }
  }
`);

export const ProjectNameQuery = graphql(`
  query ProjectName($id: ID!) {
    project(id: $id) {
      id
      name
      boxes
    }
  }
`);
