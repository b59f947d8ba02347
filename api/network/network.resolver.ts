import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../common/args';
import type { ApiContext } from '../context';
import { LIMITS } from '../limits';
import { ProjectFilter, parseProjectFilter } from '../projects/project-filter';
import { readNeighborhood, readOverview } from './slice';
import { GraphSlice } from './slice.types';

/** Graph slices ask for at most their cap; a larger limit is lowered to it and the slice reports the limit it used. */
export function sliceLimit(limit: number | null | undefined, fallback: number, cap: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1) throw badInput(`limit must be a positive integer, got ${value}`);
  return Math.min(value, cap);
}

export function depthArg(depth: number | null | undefined): number {
  const value = depth ?? 1;
  if (!Number.isInteger(value) || value < 1 || value > LIMITS.maxNeighborhoodDepth) {
    throw badInput(`depth must be between 1 and ${LIMITS.maxNeighborhoodDepth}, got ${value}`);
  }
  return value;
}

@Resolver()
export class NetworkResolver {
  @Query(() => GraphSlice)
  neighborhood(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth?: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 200 }) limit?: number | null,
  ): Promise<GraphSlice> {
    return readNeighborhood(ctx.reader, id, depthArg(depth), sliceLimit(limit, 200, LIMITS.maxNeighborhoodNodes));
  }

  @Query(() => GraphSlice, { description: 'The overview graph for the network view: projects and what they link to, narrowed by the filter.' })
  overview(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 1500 }) limit?: number | null,
  ): Promise<GraphSlice> {
    return readOverview(ctx.reader, parseProjectFilter(filter), sliceLimit(limit, 1500, LIMITS.maxOverviewNodes));
  }
}
