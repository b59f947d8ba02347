import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IndicatorProps, IndustryProps, RegionProps, withId } from '../../graph/model';
import { ChapterRef } from '../common/chapter-ref';

/** The properties an industry, its indicators and a district are read with. */
export const IndustryRow = IndustryProps;
export const IndicatorRow = withId(IndicatorProps).pick({
  id: true,
  number: true,
  part: true,
  category: true,
  name: true,
  unit: true,
  nameEn: true,
  unitEn: true,
  value2025: true,
  value2030: true,
  target: true,
  attribute: true,
});
export const DistrictRow = withId(RegionProps).pick({ id: true, name: true, kind: true });

/** A numbered indicator of 专栏 1, the plan's own target for an industry. */
@ObjectType()
export class Indicator {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => Int)
  part!: number;

  @Field(() => String)
  category!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name in English (data/indicator-terms.tsv); null where no term covers it.',
  })
  nameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit in English; null where the terms lack it.' })
  unitEn!: string | null;

  @Field(() => String, { nullable: true })
  value2025!: string | null;

  @Field(() => String, { nullable: true })
  value2030!: string | null;

  @Field(() => String, { nullable: true })
  target!: string | null;

  @Field(() => String, { nullable: true })
  attribute!: string | null;
}

/** The plan or region the catalog's counts are read within (null: every plan). */
export interface CatalogScope {
  plan: string | null;
  region: string | null;
}

@ObjectType()
export class Industry {
  @Field(() => ID)
  code!: string;

  @Field(() => String)
  zh!: string;

  @Field(() => String)
  en!: string;

  @Field(() => Int, { description: 'Projects in this industry, within the plan or region asked for.' })
  projectCount!: number;

  /** The scope the industry was read in, for its indicators (not a field). */
  scope!: CatalogScope;
}

@ObjectType()
export class District {
  @Field(() => ID)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Its Region id; two cities’ districts of one name have different ones.',
  })
  regionId?: string | null;

  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType()
export class Box {
  @Field(() => Int, { description: 'Its number; a box numbered by chapter (专栏3-1) is 301.' })
  number!: number;

  @Field(() => String, { description: 'Its number as the plan prints it after 专栏: "7", "3-1".' })
  label!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ChapterRef, { nullable: true })
  chapter!: ChapterRef | null;

  @Field(() => Int)
  projectCount!: number;
}

/** A 篇, 章 or 节 of the outline: its reference, where it stands and how many projects it holds. */
@ObjectType()
export class Chapter extends ChapterRef {
  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType({ description: 'One cell of the district × industry matrix.' })
export class MatrixCell {
  @Field(() => String, { nullable: true, description: 'null for the projects that state no district.' })
  district!: string | null;

  @Field(() => String)
  industry!: string;

  @Field(() => Int)
  count!: number;
}
