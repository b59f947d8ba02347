import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { boxNumber } from '../../graph/box-number';
import { badInput } from '../common/args';
import { cypherInt } from '../db/values';
import type { ProjectSource } from './project-filter.cypher';

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Industry code (ceramics, transport …) or its Chinese name.' })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: 'District name (浮梁县 …).' })
  district?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Box (专栏) number; a project listed in several boxes matches each.',
  })
  box?: number | null;

  @Field(() => ID, { nullable: true, description: 'Chapter id; matches projects anywhere below it.' })
  chapter?: string | null;

  @Field(() => ID, { nullable: true, description: 'Unit id of an organisation responsible for the project.' })
  unit?: string | null;

  @Field(() => ID, { nullable: true, description: 'Place id.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the project name.' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Plan id: only the projects of that plan.' })
  plan?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Region id: the projects of every plan for that region or a region within it.',
  })
  region?: string | null;
}

export enum SortField {
  NAME = 'NAME',
  BOX = 'BOX',
}
registerEnumType(SortField, { name: 'SortField' });

const optionalText = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => (v ? v : null));

/** The filter as the GraphQL input and the export's query string both give it; validated once. */
export const ProjectFilterSchema = z.object({
  industry: optionalText,
  district: optionalText,
  // The export's query string may give a box as the plan prints it (box=10-1).
  box: z
    .preprocess((v) => (typeof v === 'string' && /\D/.test(v.trim()) ? (boxNumber(v) ?? v) : v), z.coerce.number())
    .pipe(z.number().int().positive())
    .nullish()
    .transform((v) => v ?? null),
  chapter: optionalText,
  unit: optionalText,
  place: optionalText,
  text: optionalText,
  plan: optionalText,
  region: optionalText,
});
export type ProjectFilterValues = z.infer<typeof ProjectFilterSchema>;

export function parseProjectFilter(input: unknown): ProjectFilterValues {
  const parsed = ProjectFilterSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw badInput(`Invalid project filter: ${detail}`);
  }
  return parsed.data;
}

/** Cypher parameters of PROJECT_FILTER (project-filter.cypher.ts); every key is always present so the statement stays the same. */
export function projectFilterParams(filter: ProjectFilterValues): Record<string, unknown> {
  return { ...filter, box: filter.box === null ? null : cypherInt(filter.box), onlySource: onlySource(filter) };
}

/** The source the projects of a filter are best found from (see ProjectSource). */
export function projectSource(filter: ProjectFilterValues): ProjectSource {
  if (filter.district !== null) return 'district';
  if (filter.industry !== null) return 'industry';
  if (filter.plan !== null || filter.region !== null) return 'plans';
  return 'all';
}

/** True when the filter says nothing beyond its source, so the source's link count is the answer. */
export function onlySource(filter: ProjectFilterValues): boolean {
  const source = projectSource(filter);
  return Object.entries(filter).every(([key, value]) => value === null || key === source);
}
