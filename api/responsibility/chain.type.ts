import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Basis, Evidence } from '../common/evidence';

/** How far a chain gets and on what. */
export enum ChainStatus {
  /** Reaches the top of the hierarchy and every step is stated by the sources. */
  ALL_STATED = 'ALL_STATED',
  /** Reaches the top, but through derived steps (`derivedSteps` says which). */
  REACHES_TOP_DERIVED = 'REACHES_TOP_DERIVED',
  /** Stops before the top (`stopsAt` says where, `note` why). */
  STOPS = 'STOPS',
}
registerEnumType(ChainStatus, { name: 'ChainStatus' });

@ObjectType()
export class ChainNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The node label: Project, Unit, District, Task …' })
  type!: string;

  @Field(() => String, {
    description:
      'What to call the node: its name or title, an industry by its Chinese name, a box as 专栏N and its title.',
  })
  name!: string;
}

@ObjectType()
export class ChainStep {
  @Field(() => ChainNode)
  from!: ChainNode;

  @Field(() => ChainNode)
  to!: ChainNode;

  @Field(() => String, {
    description:
      'The relationship the step follows, named in the direction of travel: its type when the step goes the way it points (RESPONSIBLE, IN_DISTRICT, REPORTS_TO …), its reverse reading when it goes against it (GOVERNED_BY from a district to its government, MENTIONED_IN from a project to the task that names it, RESPONSIBLE_FOR, CONTAINS, OVERSEES …).',
  })
  relation!: string;

  /** The relationship type and whether the step follows it, for naming the step in words. */
  type!: string;
  forward!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The role the relationship records (implementing, lead, district, supervisor …).',
  })
  role!: string | null;

  @Field(() => Basis)
  basis!: Basis;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class ChainPath {
  @Field(() => [ChainStep])
  steps!: ChainStep[];

  @Field(() => ChainStatus)
  status!: ChainStatus;

  @Field(() => [Int], { description: 'Positions (0-based) of the steps that are derived rather than stated.' })
  derivedSteps!: number[];

  @Field(() => Boolean, {
    description: 'True when the path reaches the top of the responsibility hierarchy (status is not STOPS).',
  })
  complete!: boolean;

  @Field(() => ChainNode, {
    nullable: true,
    description: 'Where the chain stops when the sources support no further step.',
  })
  stopsAt!: ChainNode | null;

  /** Why the chain stops, in both languages; served through `note(lang)`. */
  noteZh!: string | null;
  noteEn!: string | null;
}
