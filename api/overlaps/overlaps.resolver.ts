import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { decodeCursor, encodeCursor } from '../projects/cursor';
import { sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt, toNumber } from '../db/values';
import { LIMITS } from '../limits';
import { facilityKindFrom } from '../projects/facility-kind.type';
import { Project, projectFrom } from '../projects/project.type';
import { OverlapGroup, OverlapKind, OverlapPage } from './overlap.type';
import {
  SAME_KIND_ACROSS_DISTRICTS,
  SAME_PROJECT_IN_SEVERAL_BOXES,
  SAME_PROJECT_IN_SEVERAL_PLANS,
  SHARED_PLACE,
} from './overlaps.cypher';

const STATEMENT: Record<OverlapKind, string> = {
  [OverlapKind.SAME_PROJECT_IN_SEVERAL_BOXES]: SAME_PROJECT_IN_SEVERAL_BOXES,
  [OverlapKind.SAME_KIND_ACROSS_DISTRICTS]: SAME_KIND_ACROSS_DISTRICTS,
  [OverlapKind.SHARED_PLACE]: SHARED_PLACE,
  [OverlapKind.SAME_PROJECT_IN_SEVERAL_PLANS]: SAME_PROJECT_IN_SEVERAL_PLANS,
};

const inPlanOrder = (a: Project, b: Project) =>
  (a.plan ?? '').localeCompare(b.plan ?? '') || a.box - b.box || a.item - b.item || a.id.localeCompare(b.id);

/** Which groups of a kind's ordered list to read, and how many projects of each. */
interface Slice {
  skip: number;
  /** Groups from `skip` on; null: all of them. */
  first: number | null;
  /** Projects of each group; null: all of them. */
  members: number | null;
}

/** The groups of one slice and how many groups the kind has in the scope. */
async function readGroups(
  ctx: ApiContext,
  kind: OverlapKind,
  scope: { plan: string | null; region: string | null },
  slice: Slice,
): Promise<{ totalCount: number; groups: OverlapGroup[] }> {
  const nullableInt = (n: number | null) => (n === null ? null : cypherInt(n));
  const records = await ctx.reader.read(STATEMENT[kind], {
    ...scope,
    skip: cypherInt(slice.skip),
    first: nullableInt(slice.first),
    members: nullableInt(slice.members),
  });
  const groups = records
    .filter((r) => r.get('key') !== null)
    .map((r) => ({
      kind,
      key: String(r.get('key')),
      projects: (r.get('projects') as Record<string, unknown>[]).map(projectFrom).sort(inPlanOrder),
      projectCount: toNumber(r.get('projectCount')),
      districts: [...new Set((r.get('districts') as (string | null)[]).filter((d): d is string => !!d))].sort(),
      facilityKind:
        kind === OverlapKind.SAME_KIND_ACROSS_DISTRICTS
          ? facilityKindFrom(String(r.get('key')), r.get('keyZh') as string | null, r.get('keyEn') as string | null)
          : null,
    }));
  return { totalCount: records.length > 0 ? toNumber(records[0].get('totalCount')) : 0, groups };
}

/** Where the plans' projects overlap: what planners check before two districts, or two plans, build the same thing. */
@Resolver()
export class OverlapsResolver {
  @Query(() => [OverlapGroup], {
    description:
      'Every overlap group of a kind, within one plan or the plans for a region (all plans when both are left out).',
  })
  async overlaps(
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => OverlapKind) kind: OverlapKind,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<OverlapGroup[]> {
    const { groups } = await readGroups(
      ctx,
      kind,
      { plan: plan ?? null, region: region ?? null },
      { skip: 0, first: null, members: null },
    );
    return groups;
  }

  @Query(() => OverlapPage, {
    description: `The overlap groups of a kind, a page at a time, each listing its first ${LIMITS.overlapGroupProjects} projects.`,
  })
  async overlapPage(
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => OverlapKind) kind: OverlapKind,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<OverlapPage> {
    const limit = sizeArg('first', first, 20, LIMITS.maxPageSize, 1);
    const skip = decodeCursor(after);
    const { totalCount, groups } = await readGroups(
      ctx,
      kind,
      { plan: plan ?? null, region: region ?? null },
      { skip, first: limit, members: LIMITS.overlapGroupProjects },
    );
    return {
      totalCount,
      hasNextPage: skip + groups.length < totalCount,
      endCursor: groups.length ? encodeCursor(skip + groups.length) : null,
      groups,
    };
  }
}
