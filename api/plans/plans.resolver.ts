import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { badInput } from '../common/args';
import { Basis, evidenceFrom, toBasis } from '../common/evidence';
import { toStringOrNull } from '../db/values';
import { Project, projectFrom } from '../projects/project.type';
import {
  CrossPlanEvidence,
  CrossPlanKind,
  CrossPlanLink,
  DiffStatus,
  Plan,
  PlanDiff,
  PlanDiffEntry,
  Region,
  planFrom,
  regionFrom,
} from './plan.type';
import { CROSS_PLAN_LINKS, PLANS, PLAN_DIFF, REGIONS, REGION_PATH } from './plans.cypher';

type Props = Record<string, unknown>;

/** The evidence of a SAME_PROJECT or CARRIED_OVER link: the sentence at each end. */
export function crossPlanEvidence(link: Props): CrossPlanEvidence {
  return {
    basis: toBasis(link.basis),
    rule: toStringOrNull(link.rule) ?? '',
    from: evidenceFrom(link, { basis: Basis.STATED }),
    // The other end is that project's own listing in its plan.
    to: evidenceFrom(
      { document: link.toDocument, line: link.toLine, quote: link.toQuote },
      { basis: Basis.STATED, rule: 'box-item' },
    ),
  };
}

/** Where the other project of a link stands, seen from the project asked about. */
function direction(kind: CrossPlanKind, outgoing: boolean): string {
  if (kind === CrossPlanKind.CARRIED_OVER) return outgoing ? 'LATER' : 'EARLIER';
  return outgoing ? 'CITY' : 'COUNTY';
}

/** The plans in the graph, their regions, the cross-plan links of a project, and the diff of two editions. */
@Resolver(() => Project)
export class PlansResolver {
  @Query(() => [Plan], { description: 'Every loaded plan, by region and edition.' })
  async plans(@Ctx() ctx: ApiContext): Promise<Plan[]> {
    const records = await ctx.reader.read(PLANS);
    return records.map((r) =>
      planFrom(r.get('plan') as Props, toStringOrNull(r.get('regionId')), r.get('projectCount')),
    );
  }

  @Query(() => [Region], {
    description: 'The regions directly within `parent` (the provinces when it is left out) that loaded plans name.',
  })
  async regions(
    @Ctx() ctx: ApiContext,
    @Arg('parent', () => ID, { nullable: true }) parent?: string | null,
  ): Promise<Region[]> {
    const records = await ctx.reader.read(REGIONS, { parent: parent ?? null });
    return records.map((r) => regionFrom(r.get('region') as Props, r.get('planCount'), r.get('hasChildren')));
  }

  @Query(() => [Region], {
    description: 'A region and those above it, outermost first (全国 › 省 › 市 › 县); empty when unknown.',
  })
  async regionPath(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string): Promise<Region[]> {
    const [record] = await ctx.reader.read(REGION_PATH, { id });
    return record ? (record.get('regions') as Props[]).map((r) => regionFrom(r)) : [];
  }

  @Query(() => PlanDiff, {
    nullable: true,
    description:
      'Projects carried over, new and dropped from one edition of a plan to another, each with its evidence.',
  })
  async planDiff(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
  ): Promise<PlanDiff | null> {
    const plans = await this.plans(ctx);
    const before = plans.find((p) => p.id === from);
    const after = plans.find((p) => p.id === to);
    if (!before || !after) return null;
    if (before.regionId !== after.regionId || before.level !== after.level) {
      throw badInput('planDiff compares two editions of one region’s plan');
    }
    const records = await ctx.reader.read(PLAN_DIFF, { from, to });
    const entries: PlanDiffEntry[] = records.map((r) => {
      const link = r.get('link') as Props | null;
      return {
        status: r.get('status') as DiffStatus,
        before: r.get('before') ? projectFrom(r.get('before') as Props) : null,
        after: r.get('after') ? projectFrom(r.get('after') as Props) : null,
        evidence: link ? crossPlanEvidence(link) : null,
      };
    });
    const count = (status: DiffStatus) => entries.filter((e) => e.status === status).length;
    return {
      from: before,
      to: after,
      carriedOver: count(DiffStatus.CARRIED_OVER),
      new: count(DiffStatus.NEW),
      dropped: count(DiffStatus.DROPPED),
      entries,
    };
  }

  @FieldResolver(() => [CrossPlanLink], {
    description: 'The same project in other plans: its city or county plan, its other editions.',
  })
  async otherPlans(@Root() project: Project, @Ctx() ctx: ApiContext): Promise<CrossPlanLink[]> {
    const records = await ctx.reader.read(CROSS_PLAN_LINKS, { ids: [project.id] });
    return records.map((r) => {
      const kind = r.get('type') as CrossPlanKind;
      return {
        kind,
        direction: direction(kind, r.get('outgoing') as boolean),
        project: projectFrom(r.get('project') as Props),
        planTitle: String(r.get('planTitle') ?? ''),
        evidence: crossPlanEvidence(r.get('link') as Props),
      };
    });
  }
}
