import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Project, projectFrom } from '../projects/project.type';
import { OverlapGroup, OverlapKind } from './overlap.types';
import { SAME_KIND_ACROSS_DISTRICTS, SAME_PROJECT_IN_SEVERAL_BOXES, SHARED_PLACE } from './overlaps.cypher';

const STATEMENT: Record<OverlapKind, string> = {
  [OverlapKind.SAME_PROJECT_IN_SEVERAL_BOXES]: SAME_PROJECT_IN_SEVERAL_BOXES,
  [OverlapKind.SAME_KIND_ACROSS_DISTRICTS]: SAME_KIND_ACROSS_DISTRICTS,
  [OverlapKind.SHARED_PLACE]: SHARED_PLACE,
};

const inPlanOrder = (a: Project, b: Project) => a.box - b.box || a.item - b.item || a.id.localeCompare(b.id);

/** Where the plan's projects overlap: what planners check before two districts build the same thing. */
@Resolver()
export class OverlapsResolver {
  @Query(() => [OverlapGroup])
  async overlaps(@Ctx() ctx: ApiContext, @Arg('kind', () => OverlapKind) kind: OverlapKind): Promise<OverlapGroup[]> {
    const records = await ctx.reader.read(STATEMENT[kind]);
    return records.map((r) => ({
      kind,
      key: String(r.get('key')),
      projects: (r.get('projects') as Record<string, unknown>[]).map(projectFrom).sort(inPlanOrder),
      districts: [...new Set((r.get('districts') as (string | null)[]).filter((d): d is string => !!d))].sort(),
    }));
  }
}
