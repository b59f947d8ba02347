import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { NAME_SEARCH_INDEX, NodeLabel, RelType } from '../../graph/model';

/**
 * The peer: the schema a team would write with @neo4j/graphql to serve the same reads over the
 * same graph — projects with their districts, industries, boxes and units, and name search.
 */
export const PEER_TYPE_DEFS = `#graphql
type ${NodeLabel.Project} @node {
  id: ID!
  name: String!
  tier: String
  box: Int
  item: Int
  line: Int
  kind: String
  industries: [${NodeLabel.Industry}!]! @relationship(type: "${RelType.IN_INDUSTRY}", direction: OUT)
  districts: [${NodeLabel.Region}!]! @relationship(type: "${RelType.IN_DISTRICT}", direction: OUT)
  boxes: [${NodeLabel.Box}!]! @relationship(type: "${RelType.LISTED_IN}", direction: OUT)
  units: [${NodeLabel.Unit}!]! @relationship(type: "${RelType.RESPONSIBLE}", direction: OUT)
}
type ${NodeLabel.Industry} @node {
  id: ID!
  code: String!
  zh: String
  en: String
}
type ${NodeLabel.Region} @node {
  id: ID!
  name: String!
  kind: String
}
type ${NodeLabel.Box} @node {
  id: ID!
  number: Int
  title: String
}
type ${NodeLabel.Unit} @node {
  id: ID!
  name: String!
  kind: String
}
type SearchHit {
  id: ID!
  name: String!
  score: Float!
}
extend schema @mutation(operations: [])

type Query {
  search(text: String!, first: Int! = 20): [SearchHit!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('${NAME_SEARCH_INDEX}', $text, {limit: $first}) YIELD node, score
      RETURN {id: node.id, name: node.name, score: score} AS hit
      """
      columnName: "hit"
    )
}
`;

export function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
