import { Field, ID, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import {
  IndustryProps,
  ListedInProps,
  PlaceProps,
  RegionProps,
  ResponsibleProps,
  UnitProps,
  withId,
  type UnitKind,
} from '../../graph/model';
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

  @Field(() => String, { description: 'The box as the plan prints its number after 专栏: "7", "3-1".' })
  boxLabel!: string;

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

/** What PROJECT_LINKS returns for one project, typed by graph/model.ts. */
export const IndustryLinkRow = IndustryProps.pick({ code: true, zh: true });
export const DistrictLinkRow = RegionProps.pick({ name: true });
/** A relationship takes no map projection in a pattern comprehension, so the mention's fields are listed. */
export const MentionRow = ListedInProps.pick({ item: true, line: true, quote: true });
const evidence = { evidence: z.unknown() };
export const LinksRow = z.object({
  chapterPath: z.array(z.unknown()),
  industries: z.array(IndustryLinkRow.extend(evidence)),
  districts: z.array(DistrictLinkRow.extend(evidence)),
  places: z.array(z.object({ place: z.unknown(), projectCount: z.number().int(), ...evidence })),
  units: z.array(z.object({ unit: z.unknown(), role: ResponsibleProps.shape.role, ...evidence })),
  mentions: z.array(MentionRow.extend({ box: z.number().int() })),
});
