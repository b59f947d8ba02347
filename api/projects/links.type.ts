import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '../common/evidence';

@ObjectType()
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  district!: string | null;

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType()
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  duties!: string | null;
}

@ObjectType()
export class IndustryLink {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  zh!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class DistrictLink {
  @Field(() => String)
  name!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class PlaceLink {
  @Field(() => Place)
  place!: Place;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class UnitLink {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => String)
  role!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class Mention {
  @Field(() => Int)
  box!: number;

  @Field(() => Int)
  item!: number;

  @Field(() => Int)
  line!: number;

  @Field(() => String)
  quote!: string;
}

export function unitFrom(props: Record<string, unknown>): Unit {
  return {
    id: String(props.id),
    name: String(props.name),
    kind: String(props.kind ?? 'other'),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    duties: props.duties === null || props.duties === undefined ? null : String(props.duties),
  };
}

export function placeFrom(props: Record<string, unknown>, projectCount: number): Place {
  return {
    id: String(props.id),
    name: String(props.name),
    district: props.district === null || props.district === undefined ? null : String(props.district),
    projectCount,
  };
}
