import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { LIMITS } from '../limits';
import { ProjectFilter, parseProjectFilter } from '../projects/project-filter';
import { readRegionSummary } from './region-summary';
import { RegionSummary } from './region-summary.type';
import { readLink, readNeighborhood, readNode, readOverview } from './slice';
import { depthArg, shownOnly, sliceLimit } from './slice-args';
import { GraphEdge, GraphNode, GraphSlice } from './slice.type';

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

  @Query(() => GraphNode, {
    nullable: true,
    description:
      'One node of a slice by its id, with its data and evidence (an overview drawn from the typed fields comes without them); null when there is none.',
  })
  node(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string): Promise<GraphNode | null> {
    return readNode(ctx.reader, id);
  }

  @Query(() => GraphEdge, {
    nullable: true,
    description:
      "One edge of a slice by its id, with its evidence (the overview's edges come without it); null when there is none.",
  })
  link(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string): Promise<GraphEdge | null> {
    return readLink(ctx.reader, id);
  }

  @Query(() => GraphSlice, {
    description: 'The overview graph for the network view: projects and what they link to, narrowed by the filter.',
  })
  overview(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 1500 }) limit?: number | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<GraphSlice> {
    return readOverview(
      ctx.reader,
      parseProjectFilter(filter),
      sliceLimit(limit, 1500, LIMITS.maxOverviewNodes),
      info ? shownOnly(info) : false,
    );
  }

  @Query(() => RegionSummary, {
    description:
      'The regions directly below `region` (the provinces when it is left out) that plans in scope lie in, with their projects by industry: the network summary of a country or province.',
  })
  regionSummary(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<RegionSummary> {
    return readRegionSummary(ctx.stable, { plan: plan ?? null, region: region ?? null });
  }
}
