import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Basis, Evidence, evidenceFrom } from '../common/evidence';
import { toNumber, toNumberOrNull, toStringOrNull } from '../db/values';

/** A named project of a callout box. Its links (chapter path, industries, …) are resolved in batches per request. */
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  tier!: string;

  @Field(() => Int, { description: 'The first box (专栏) that lists it.' })
  box!: number;

  @Field(() => [Int])
  boxes!: number[];

  @Field(() => Int)
  item!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Facility kind (物流园, 污水处理厂 …) used to find the same kind of project across districts.',
  })
  kind!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the plan that lists it.' })
  plan!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

/** A Project from the properties of its node. */
export function projectFrom(props: Record<string, unknown>): Project {
  const box = toNumber(props.box);
  const boxes = Array.isArray(props.boxes) ? props.boxes.map(toNumber) : [box];
  return {
    id: String(props.id),
    name: String(props.name),
    tier: String(props.tier ?? ''),
    box,
    boxes,
    item: toNumberOrNull(props.item) ?? 0,
    kind: toStringOrNull(props.kind),
    plan: toStringOrNull(props.plan),
    // The listing in a box is the plan's own words: stated, by the box-item rule.
    evidence: evidenceFrom(props, { basis: Basis.STATED, rule: 'box-item' }),
  };
}
