import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { NAME_SEARCH_INDEX, NodeLabel } from '../../graph/model';
import { badInput, sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/values';
import { LIMITS } from '../limits';
import { luceneQuery } from './lucene';
import { SearchHit } from './search-hit.type';

/** The labels the name index covers, in the order a hit's type is read from its labels. */
const SEARCHED_LABELS = [NodeLabel.Project, NodeLabel.Unit, NodeLabel.Place];

export const SEARCH_NAMES = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS type, node.name AS name, score
ORDER BY score DESC, name`;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit])
  async search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
  ): Promise<SearchHit[]> {
    const limit = sizeArg('first', first, 20, LIMITS.maxSearchHits);
    if (text.length > 200) throw badInput('text must be at most 200 characters');
    const query = luceneQuery(text);
    if (!query) return [];
    const records = await ctx.reader.read(SEARCH_NAMES, { index: NAME_SEARCH_INDEX, query, limit: cypherInt(limit), labels: SEARCHED_LABELS });
    return records.map((r) => ({ id: r.get('id'), type: r.get('type'), name: r.get('name'), score: r.get('score') }));
  }
}
