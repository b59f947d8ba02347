import { Field, ID, ObjectType } from 'type-graphql';

/** A kind of facility of the reviewed vocabulary (data/facility-kinds.tsv), named in both languages. */
@ObjectType({ description: 'A kind of facility (school, logistics park …) of the reviewed vocabulary.' })
export class FacilityKind {
  @Field(() => ID, { description: 'The vocabulary id, e.g. `logistics-park`.' })
  id!: string;

  @Field(() => String)
  zh!: string;

  @Field(() => String)
  en!: string;
}

/** The kind from a project's stored `kind`, `kindZh` and `kindEn`; null when it has none. */
export function facilityKindFrom(
  id: string | null | undefined,
  zh: string | null | undefined,
  en: string | null | undefined,
): FacilityKind | null {
  return id ? { id, zh: zh ?? id, en: en ?? id } : null;
}
