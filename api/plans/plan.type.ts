import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Basis, Evidence } from '../common/evidence';
import { toNumber, toNumberOrNull, toStringOrNull } from '../db/values';
import { Project } from '../projects/project.type';

/** An imported plan: one city's or county's plan of one edition. */
@ObjectType()
export class Plan {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '十四五, 十五五 …' })
  edition!: string | null;

  @Field(() => String, { description: 'province, city or county' })
  level!: string;

  @Field(() => String, { description: 'The region the plan is for: 景德镇市, 浮梁县 …' })
  region!: string;

  @Field(() => ID, { nullable: true })
  regionId!: string | null;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => String, { nullable: true, description: 'The city a county plan’s region lies in.' })
  parentCity!: string | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true })
  gazette!: string | null;

  @Field(() => String)
  file!: string;

  @Field(() => String)
  sha256!: string;

  @Field(() => String)
  importedAt!: string;

  @Field(() => Int)
  projectCount!: number;
}

export function planFrom(props: Record<string, unknown>, regionId: string | null, projectCount: unknown): Plan {
  return {
    id: String(props.id),
    title: String(props.title ?? props.id),
    edition: toStringOrNull(props.edition),
    level: toStringOrNull(props.level) ?? 'city',
    region: toStringOrNull(props.region) ?? '',
    regionId,
    province: toStringOrNull(props.province),
    parentCity: toStringOrNull(props.parentCity),
    issuer: toStringOrNull(props.issuer),
    gazette: toStringOrNull(props.gazette),
    file: toStringOrNull(props.file) ?? '',
    sha256: toStringOrNull(props.sha256) ?? '',
    importedAt: toStringOrNull(props.importedAt) ?? '',
    projectCount: toNumber(projectCount),
  };
}

/** A province, city, county or town; `code` is its national administrative division code when known. */
@ObjectType()
export class Region {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'province, city, county or town' })
  level!: string;

  @Field(() => String, { nullable: true, description: 'National administrative division code (GB/T 2260).' })
  code!: string | null;

  @Field(() => String, { description: 'Names from the province down, joined by /.' })
  path!: string;

  @Field(() => String, {
    nullable: true,
    description: 'district, county, city, park or new-area, as the plan calls it.',
  })
  kind!: string | null;

  @Field(() => Int, { description: 'Plans for this region or a region within it.' })
  planCount!: number;

  @Field(() => Boolean)
  hasChildren!: boolean;
}

export function regionFrom(
  props: Record<string, unknown>,
  planCount: unknown = 0,
  hasChildren: unknown = false,
): Region {
  return {
    id: String(props.id),
    name: String(props.name),
    level: toStringOrNull(props.level) ?? '',
    code: toStringOrNull(props.code),
    path: String(props.path ?? props.name),
    kind: toStringOrNull(props.kind),
    planCount: toNumberOrNull(planCount) ?? 0,
    hasChildren: Boolean(hasChildren),
  };
}

export enum DiffStatus {
  CARRIED_OVER = 'CARRIED_OVER',
  NEW = 'NEW',
  DROPPED = 'DROPPED',
}
registerEnumType(DiffStatus, {
  name: 'DiffStatus',
  valuesConfig: {
    CARRIED_OVER: {
      description: 'Named in both editions (name matched without continuation words such as 续建, 二期).',
    },
    NEW: { description: 'Named only in the later edition.' },
    DROPPED: { description: 'Named only in the earlier edition.' },
  },
});

/** Why two projects of two plans are taken for one: the rule and the sentence of each. */
@ObjectType()
export class CrossPlanEvidence {
  @Field(() => Basis)
  basis!: Basis;

  @Field(() => String)
  rule!: string;

  @Field(() => Evidence, { description: 'Where the earlier edition, or the county plan, names it.' })
  from!: Evidence;

  @Field(() => Evidence, { description: 'Where the later edition, or the city plan, names it.' })
  to!: Evidence;
}

@ObjectType()
export class PlanDiffEntry {
  @Field(() => DiffStatus)
  status!: DiffStatus;

  @Field(() => Project, { nullable: true, description: 'The project in the earlier edition.' })
  before!: Project | null;

  @Field(() => Project, { nullable: true, description: 'The project in the later edition.' })
  after!: Project | null;

  @Field(() => CrossPlanEvidence, { nullable: true, description: 'For a carried-over project: why the two are one.' })
  evidence!: CrossPlanEvidence | null;
}

@ObjectType()
export class PlanDiff {
  @Field(() => Plan)
  from!: Plan;

  @Field(() => Plan)
  to!: Plan;

  @Field(() => Int)
  carriedOver!: number;

  @Field(() => Int)
  new!: number;

  @Field(() => Int)
  dropped!: number;

  @Field(() => [PlanDiffEntry])
  entries!: PlanDiffEntry[];
}

export enum CrossPlanKind {
  SAME_PROJECT = 'SAME_PROJECT',
  CARRIED_OVER = 'CARRIED_OVER',
}
registerEnumType(CrossPlanKind, { name: 'CrossPlanKind' });

/** A project of another plan that is the same project: in the city or county plan, or in another edition. */
@ObjectType()
export class CrossPlanLink {
  @Field(() => CrossPlanKind)
  kind!: CrossPlanKind;

  @Field(() => String, {
    description: 'EARLIER or LATER edition, COUNTY or CITY plan: where the other project stands.',
  })
  direction!: string;

  @Field(() => Project)
  project!: Project;

  @Field(() => String)
  planTitle!: string;

  @Field(() => CrossPlanEvidence)
  evidence!: CrossPlanEvidence;
}
