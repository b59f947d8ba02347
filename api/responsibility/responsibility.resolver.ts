import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/values';
import { LIMITS } from '../limits';
import { RawNode, RawStep, chainPath, plainPath, rankPaths } from './chain';
import { RESPONSIBILITY_CHAINS, SHORTEST_PATH } from './chain.cypher';
import { ChainPath } from './chain.type';

/** Who answers for a project, link by link, each link with the sentence it rests on. */
@Resolver()
export class ResponsibilityResolver {
  @Query(() => [ChainPath])
  async responsibilityChain(
    @Ctx() ctx: ApiContext,
    @Arg('projectId', () => ID) projectId: string,
  ): Promise<ChainPath[]> {
    const records = await ctx.reader.read(RESPONSIBILITY_CHAINS, { projectId });
    return rankPaths(
      records.map((r) =>
        chainPath(r.get('project') as RawNode, r.get('head') as RawStep[], r.get('tail') as RawStep[]),
      ),
    );
  }

  @Query(() => ChainPath, {
    nullable: true,
    description:
      'The shortest connection between two nodes in either direction (complete: true), or null when there is none within maxLength.',
  })
  async path(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxLength', () => Int, { nullable: true, defaultValue: 6 }) maxLength?: number | null,
  ): Promise<ChainPath | null> {
    const length = sizeArg('maxLength', maxLength, 6, LIMITS.maxPathLength);
    const [record] = await ctx.reader.read(SHORTEST_PATH, { from, to, maxLength: cypherInt(length) });
    if (!record) return null;
    return plainPath(record.get('steps') as RawStep[]);
  }
}
