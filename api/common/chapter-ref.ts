import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toNumber } from '../db/values';

@ObjectType()
export class ChapterRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  level!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;
}

export function chapterRefFrom(props: Record<string, unknown>): ChapterRef {
  return { id: String(props.id), level: String(props.level), number: toNumber(props.number), title: String(props.title) };
}
