import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS } from '../limits';
import { FacilityKind } from '../projects/facility-kind.type';
import { Project } from '../projects/project.type';

export enum OverlapKind {
  SAME_PROJECT_IN_SEVERAL_BOXES = 'SAME_PROJECT_IN_SEVERAL_BOXES',
  SAME_KIND_ACROSS_DISTRICTS = 'SAME_KIND_ACROSS_DISTRICTS',
  SHARED_PLACE = 'SHARED_PLACE',
  SAME_PROJECT_IN_SEVERAL_PLANS = 'SAME_PROJECT_IN_SEVERAL_PLANS',
}
registerEnumType(OverlapKind, {
  name: 'OverlapKind',
  valuesConfig: {
    SAME_PROJECT_IN_SEVERAL_BOXES: { description: 'One project listed in two or more boxes; key is the project name.' },
    SAME_KIND_ACROSS_DISTRICTS: {
      description:
        'Projects of one facility kind planned in two or more regions one level below the scope (the counties of a city, the cities of a province; districts when unscoped); key is the kind id, facilityKind names it.',
    },
    SHARED_PLACE: { description: 'Two or more projects at one place; key is the place name.' },
    SAME_PROJECT_IN_SEVERAL_PLANS: {
      description:
        'One project named in several plans (a county plan and its city’s, or two editions); key is the project name, districts the plans’ regions.',
    },
  },
});

@ObjectType()
export class OverlapGroup {
  @Field(() => OverlapKind)
  kind!: OverlapKind;

  @Field(() => String)
  key!: string;

  @Field(() => [Project], {
    description: `The group's projects in plan order: all of them in \`overlaps\`, the first ${LIMITS.overlapGroupProjects} in \`overlapPage\` (projectCount says how many there are).`,
  })
  projects!: Project[];

  @Field(() => Int, { description: 'How many projects the group holds.' })
  projectCount!: number;

  @Field(() => [String], {
    description: 'The regions the group spans (for a facility kind: those it is compared across).',
  })
  districts!: string[];

  @Field(() => FacilityKind, {
    nullable: true,
    description: 'The facility kind a SAME_KIND_ACROSS_DISTRICTS group is of.',
  })
  facilityKind!: FacilityKind | null;
}

@ObjectType({ description: 'A page of overlap groups.' })
export class OverlapPage {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => [OverlapGroup])
  groups!: OverlapGroup[];
}
