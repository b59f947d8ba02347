import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NodeLabel, Tier } from '../../graph/model';
import { NodeTypeEnum, TierEnum } from '../common/enums';
import { Basis, Evidence } from '../common/evidence';

@ObjectType()
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What to write on the node: its name or title.' })
  label!: string;

  @Field(() => NodeTypeEnum, { description: 'The node label in the graph: Project, Unit, District …' })
  type!: NodeLabel;

  @Field(() => String, { nullable: true, description: 'Its name, or the title of a chapter, box, task or document.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'An industry’s Chinese name.' })
  zh!: string | null;

  @Field(() => String, { nullable: true, description: 'An industry’s English name.' })
  en!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A unit’s, district’s or document’s kind, or a project’s facility kind.',
  })
  kind!: string | null;

  @Field(() => TierEnum, { nullable: true })
  tier!: Tier | null;

  @Field(() => Int, { nullable: true, description: 'The number of a box, chapter, task or indicator.' })
  number!: number | null;

  @Field(() => Evidence, { nullable: true, description: 'Where a project, unit, task or indicator is stated.' })
  evidence!: Evidence | null;

  @Field(() => String, {
    description: "JSON object of the node's properties.",
    deprecationReason: 'Read the typed fields.',
  })
  data!: string;
}

@ObjectType()
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String)
  type!: string;

  @Field(() => Basis, { nullable: true })
  basis!: Basis | null;

  @Field(() => Evidence, { nullable: true })
  evidence!: Evidence | null;

  @Field(() => String, { nullable: true, description: 'The role a RESPONSIBLE or REPORTS_TO relationship records.' })
  role!: string | null;
}

@ObjectType({
  description: 'Nodes and edges in the shape Cytoscape takes; `truncated` says the cap `limit` cut it short.',
})
export class GraphSlice {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean)
  truncated!: boolean;

  @Field(() => Int)
  limit!: number;
}
