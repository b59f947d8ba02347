import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Basis, Evidence } from '../common/evidence';

@ObjectType()
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What to write on the node: its name or title.' })
  label!: string;

  @Field(() => String, { description: 'The node label in the graph: Project, Unit, District …' })
  type!: string;

  @Field(() => String, { description: "JSON object of the node's properties." })
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
