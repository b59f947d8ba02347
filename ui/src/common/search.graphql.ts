import { graphql } from '../gql';

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      type
      name
      score
    }
  }
`);
