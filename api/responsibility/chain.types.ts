import { Field, ID, ObjectType } from 'type-graphql';
import { Basis, Evidence } from '../common/evidence';

@ObjectType()
export class ChainNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The node label: Project, Unit, District, Task …' })
  type!: string;

  @Field(() => String, { description: 'What to call the node: its name or title, an industry by its Chinese name, a box as 专栏N and its title.' })
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

  @Field(() => String, { nullable: true, description: 'The role the relationship records (implementing, lead, district, supervisor …).' })
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

  @Field(() => Boolean, { description: 'True when the path reaches the top of the responsibility hierarchy.' })
  complete!: boolean;

  @Field(() => ChainNode, { nullable: true, description: 'Where the chain stops when the sources support no further step.' })
  stopsAt!: ChainNode | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
