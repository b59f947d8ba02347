import path from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { projectRoot } from '../graph/config';
import { CatalogResolver } from './catalog/catalog.resolver';
import { IndustryResolver } from './catalog/industry.resolver';
import { EvidenceResolver } from './common/evidence.resolver';
import { NetworkResolver } from './network/network.resolver';
import { OverlapsResolver } from './overlaps/overlaps.resolver';
import { PlansResolver } from './plans/plans.resolver';
import { ProjectsResolver } from './projects/projects.resolver';
import { ChainPathWordsResolver, ChainStepWordsResolver } from './responsibility/chain-words.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { SearchResolver } from './search/search.resolver';

export const SCHEMA_FILE = path.join(projectRoot(__dirname), 'api', 'schema.graphql');

let schema: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema, built once per process from the type-graphql classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      ProjectsResolver,
      CatalogResolver,
      IndustryResolver,
      OverlapsResolver,
      PlansResolver,
      ResponsibilityResolver,
      NetworkResolver,
      SearchResolver,
      EvidenceResolver,
      ChainPathWordsResolver,
      ChainStepWordsResolver,
    ],
  });
  return schema;
}

const HEADER = `# PlanGraph GraphQL schema (contract between the API and its clients). Emitted from the
# type-graphql classes in api/ by \`npm run api:schema\`; a test fails when it is stale.

`;

/** The committed schema file's text: sorted, so that moving code around does not change it. */
export function schemaFileText(built: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(built))}\n`;
}
