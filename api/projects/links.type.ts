import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlaceProps, UnitProps, withId, type UnitKind } from '../../graph/model';
import { UnitKindEnum } from '../common/enums';
import { Evidence } from '../common/evidence';
import { fromGraph } from '../db/values';

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

  @Field(() => UnitKindEnum)
  kind!: UnitKind;

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

/** The unit properties a Unit reads. */
export const UnitRow = withId(UnitProps).pick({ id: true, name: true, kind: true, aliases: true, duties: true });

/** The place properties a Place reads. */
export const PlaceRow = withId(PlaceProps).pick({ id: true, name: true, district: true });

export function unitFrom(props: unknown): Unit {
  return fromGraph(UnitRow, props);
}

export function placeFrom(props: unknown, projectCount: number): Place {
  return { ...fromGraph(PlaceRow, props), projectCount };
}
