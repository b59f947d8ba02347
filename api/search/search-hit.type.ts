import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class SearchHit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The node label: Project, Unit or Place.' })
  type!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  score!: number;
}
