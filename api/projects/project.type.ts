import { Field, ID, Int, ObjectType } from 'type-graphql';
import { boxLabel } from '../../graph/box-number';
import { PlanScopeProps, ProjectProps, withId, type Tier } from '../../graph/model';
import { TierEnum } from '../common/enums';
import { Evidence, evidenceFrom } from '../common/evidence';
import { fromGraph } from '../db/values';
import { FacilityKind, facilityKindFrom } from './facility-kind.type';

/** A named project of a callout box. Its links (chapter path, industries, …) are resolved in batches per request. */
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int, { description: 'The first box (专栏) that lists it.' })
  box!: number;

  @Field(() => [Int], { description: 'The boxes that list it (a box numbered by chapter, 专栏3-1, is 301).' })
  boxes!: number[];

  @Field(() => [String], { description: 'Its boxes as the plan prints their numbers after 专栏: "7", "3-1".' })
  get boxLabels(): string[] {
    return this.boxes.map(boxLabel);
  }

  @Field(() => Int)
  item!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Facility kind id (`logistics-park`, `school` …) of the reviewed vocabulary, used to find the same kind of project across regions.',
  })
  kind!: string | null;

  @Field(() => FacilityKind, { nullable: true, description: 'The facility kind with its Chinese and English names.' })
  facilityKind!: FacilityKind | null;

  @Field(() => ID, { nullable: true, description: 'The id of the plan that lists it.' })
  plan!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

/** The properties of a project node a Project is read from. */
export const ProjectRow = withId(ProjectProps)
  .merge(PlanScopeProps)
  .omit({ matchKey: true, nameKey: true, orderKey: true, chapterId: true, orgs: true, searchText: true });

/**
 * A Project from the properties of its node; its evidence is that of its first listing in a box,
 * worked out once, when a query reads it (a page of projects seldom does). An instance, not a plain
 * object: type-graphql gives each field resolver (industries, districts …) a copy of a plain
 * object, and copying would read the evidence.
 */
export function projectFrom(props: unknown): Project {
  const { id, name, tier, box, boxes, item, kind, kindZh, kindEn, plan, ...provenance } = fromGraph(ProjectRow, props);
  const facilityKind = facilityKindFrom(kind, kindZh, kindEn);
  const project = Object.assign(new Project(), { id, name, tier, box, boxes, item, kind, facilityKind, plan });
  let evidence: Evidence | undefined;
  return Object.defineProperty(project, 'evidence', {
    enumerable: true,
    get: () => (evidence ??= evidenceFrom(provenance)),
  });
}
