import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A region directly below the scope, with the projects of the plans that lie in it.' })
export class SummaryRegion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'province, city, county …' })
  level!: string | null;

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType({ description: 'How many projects of a region below the scope are in an industry.' })
export class RegionIndustryCell {
  @Field(() => ID)
  region!: string;

  @Field(() => String, { description: 'Industry code.' })
  industry!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    "The network's summary one level below a region (or below the whole country): the regions with plans, and their projects by industry.",
})
export class RegionSummary {
  @Field(() => [SummaryRegion])
  regions!: SummaryRegion[];

  @Field(() => [RegionIndustryCell])
  cells!: RegionIndustryCell[];
}
