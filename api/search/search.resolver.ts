import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { NAME_SEARCH_INDEX } from '../../graph/model';
import { badInput, sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/values';
import { LIMITS } from '../limits';
import { luceneQuery } from './lucene';
import { SEARCH_BY_SCOPE, SEARCHED_LABELS } from './search.cypher';
import { SearchHit } from './search-hit.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit])
  async search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('plan', () => ID, { nullable: true, description: 'Only the names of this plan.' }) plan?: string | null,
    @Arg('region', () => ID, {
      nullable: true,
      description: 'Only the names of the plans for this region and those within it.',
    })
    region?: string | null,
  ): Promise<SearchHit[]> {
    const limit = sizeArg('first', first, 20, LIMITS.maxSearchHits);
    if (text.length > 200) throw badInput('text must be at most 200 characters');
    const query = luceneQuery(text);
    if (!query) return [];
    const scope = (plan ?? null) !== null || (region ?? null) !== null ? 'plans' : 'all';
    const records = await ctx.reader.read(SEARCH_BY_SCOPE[scope], {
      index: NAME_SEARCH_INDEX,
      query,
      limit: cypherInt(limit),
      labels: SEARCHED_LABELS,
      plan: plan ?? null,
      region: region ?? null,
    });
    return records.map((r) => ({
      id: String(r.get('id')),
      type: String(r.get('type')),
      name: String(r.get('name')),
      score: Number(r.get('score')),
    }));
  }
}
