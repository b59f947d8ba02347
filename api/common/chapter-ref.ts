import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChapterProps, withId, type ChapterLevel } from '../../graph/model';
import { ChapterLevelEnum } from './enums';
import { fromGraph } from '../db/values';

@ObjectType()
export class ChapterRef {
  @Field(() => ID)
  id!: string;

  @Field(() => ChapterLevelEnum)
  level!: ChapterLevel;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;
}

/** The chapter properties a ChapterRef reads. */
export const ChapterRefRow = withId(ChapterProps).pick({ id: true, level: true, number: true, title: true });

export function chapterRefFrom(props: unknown): ChapterRef {
  return fromGraph(ChapterRefRow, props);
}
