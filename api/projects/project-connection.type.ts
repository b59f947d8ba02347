import { Field, Int, ObjectType } from 'type-graphql';
import { Project } from './project.type';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ProjectConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Project])
  nodes!: Project[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
