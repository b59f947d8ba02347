import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { NAME_SEARCH_INDEX, NodeLabel, RelType } from '../../graph/model';
import { badInput, sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/values';
import { LIMITS } from '../limits';
import { luceneQuery } from './lucene';
import { SearchHit } from './search-hit.type';

/** The labels the name index covers, in the order a hit's type is read from its labels. */
const SEARCHED_LABELS = [NodeLabel.Project, NodeLabel.Unit, NodeLabel.Place];

/**
 * Names matching the query, best first, within one plan (`$plan`) or the plans for a region
 * (`$region`) when given: projects and places by their plan, units by the plans that name them.
 * The index streams hits by score, so LIMIT stops it once enough are in scope.
 */
export const SEARCH_NAMES = `
CALL () {
  OPTIONAL MATCH (pl:${NodeLabel.Plan})-[:${RelType.COVERS}]->(:${NodeLabel.Region})-[:${RelType.WITHIN}*0..3]->(:${NodeLabel.Region} {id: $region})
  RETURN collect(pl.id) AS regionPlans
}
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score, [x IN coalesce(node.plans, [node.plan]) WHERE x IS NOT NULL] AS nodePlans, regionPlans
WHERE ($plan IS NULL OR $plan IN nodePlans) AND ($region IS NULL OR any(x IN nodePlans WHERE x IN regionPlans))
WITH node, score LIMIT $limit
RETURN node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS type, node.name AS name, score
ORDER BY score DESC, name`;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit])
  async search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('plan', () => ID, { nullable: true, description: 'Only the names of this plan.' }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true, description: 'Only the names of the plans for this region and those within it.' }) region?: string | null,
  ): Promise<SearchHit[]> {
    const limit = sizeArg('first', first, 20, LIMITS.maxSearchHits);
    if (text.length > 200) throw badInput('text must be at most 200 characters');
    const query = luceneQuery(text);
    if (!query) return [];
    const records = await ctx.reader.read(SEARCH_NAMES, {
      index: NAME_SEARCH_INDEX,
      query,
      limit: cypherInt(limit),
      labels: SEARCHED_LABELS,
      plan: plan ?? null,
      region: region ?? null,
    });
    return records.map((r) => ({ id: r.get('id'), type: r.get('type'), name: r.get('name'), score: r.get('score') }));
  }
}
