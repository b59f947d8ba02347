import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { chapterRefFrom } from '../common/chapter-ref';
import { sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt, toNumber, toNumberOrNull, toStringOrNull } from '../db/values';
import { LIMITS } from '../limits';
import { Unit, unitFrom } from '../projects/links.type';
import { Box, Chapter, District, Indicator, Industry, MatrixCell } from './catalog.types';
import { BOXES, CHAPTERS, DISTRICTS, DISTRICT_INDUSTRY_MATRIX, INDUSTRIES, UNITS } from './catalog.cypher';

function indicatorFrom(props: Record<string, unknown>): Indicator {
  return {
    id: String(props.id),
    number: toNumber(props.number),
    part: toNumberOrNull(props.part) ?? 0,
    category: String(props.category ?? ''),
    name: String(props.name),
    unit: toStringOrNull(props.unit),
    value2025: toStringOrNull(props.value2025),
    value2030: toStringOrNull(props.value2030),
    target: toStringOrNull(props.target),
    attribute: toStringOrNull(props.attribute),
  };
}

/** The lists the UI filters by: industries (with the 专栏 1 indicators that measure them), districts, boxes, chapters, units. */
@Resolver()
export class CatalogResolver {
  @Query(() => [Industry])
  async industries(@Ctx() ctx: ApiContext): Promise<Industry[]> {
    const records = await ctx.reader.read(INDUSTRIES);
    return records.map((r) => {
      const industry = r.get('industry') as Record<string, unknown>;
      return {
        code: String(industry.code),
        zh: String(industry.zh),
        en: String(industry.en ?? ''),
        projectCount: toNumber(r.get('projectCount')),
        indicators: (r.get('indicators') as Record<string, unknown>[])
          .map(indicatorFrom)
          .sort((a, b) => a.number - b.number || a.part - b.part),
      };
    });
  }

  @Query(() => [District], { description: 'The districts projects are placed in, within one plan or the plans for a region when given.' })
  async districts(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<District[]> {
    const records = await ctx.reader.read(DISTRICTS, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => ({
      name: r.get('name'),
      regionId: toStringOrNull(r.get('id')),
      kind: String(r.get('kind') ?? ''),
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Box])
  async boxes(@Ctx() ctx: ApiContext): Promise<Box[]> {
    const records = await ctx.reader.read(BOXES);
    return records.map((r) => ({
      number: toNumber(r.get('number')),
      title: String(r.get('title')),
      chapter: r.get('chapter') ? chapterRefFrom(r.get('chapter')) : null,
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Chapter])
  async chapters(@Ctx() ctx: ApiContext): Promise<Chapter[]> {
    const records = await ctx.reader.read(CHAPTERS);
    return records.map((r) => ({
      ...chapterRefFrom(r.get('chapter')),
      parentId: toStringOrNull(r.get('parentId')),
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Unit])
  async units(@Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 200 }) first?: number | null): Promise<Unit[]> {
    const limit = sizeArg('first', first, 200, LIMITS.maxUnits);
    const records = await ctx.reader.read(UNITS, { limit: cypherInt(limit) });
    return records.map((r) => unitFrom(r.get('unit')));
  }

  @Query(() => [MatrixCell], { description: 'Projects per district and industry, within one plan or the plans for a region when given.' })
  async districtIndustryMatrix(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<MatrixCell[]> {
    const records = await ctx.reader.read(DISTRICT_INDUSTRY_MATRIX, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => ({ district: r.get('district'), industry: r.get('industry'), count: toNumber(r.get('count')) }));
  }
}
