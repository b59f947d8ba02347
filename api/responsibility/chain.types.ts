import { Field, ID, ObjectType } from 'type-graphql';
import { Basis, Evidence } from '../common/evidence';

@ObjectType()
export class ChainNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The node label: Project, Unit, District, Task …' })
  type!: string;

  @Field(() => String)
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
      'The relationship the step follows (RESPONSIBLE, IN_DISTRICT, REPORTS_TO …). GOVERNS and MENTIONS are followed against their direction: from a district to its government, from a project to the task that names it.',
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
