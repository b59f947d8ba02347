import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { chapterRefFrom } from '../common/chapter-ref';
import { sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt, fromGraph, toNumber } from '../db/values';
import { LIMITS } from '../limits';
import { Unit, unitFrom } from '../projects/links.type';
import { Box, Chapter, District, Indicator, Industry, MatrixCell } from './catalog.types';
import { BOXES, CHAPTERS, DistrictRow, DISTRICTS, DISTRICT_INDUSTRY_MATRIX, IndicatorRow, INDUSTRIES, IndustryRow, UNITS } from './catalog.cypher';

function indicatorFrom(props: unknown): Indicator {
  return fromGraph(IndicatorRow, props);
}

/** The lists the UI filters by: industries (with the 专栏 1 indicators that measure them), districts, boxes, chapters, units. */
@Resolver()
export class CatalogResolver {
  @Query(() => [Industry])
  async industries(@Ctx() ctx: ApiContext): Promise<Industry[]> {
    const records = await ctx.reader.read(INDUSTRIES);
    return records.map((r) => {
      return {
        ...fromGraph(IndustryRow, r.get('industry')),
        projectCount: toNumber(r.get('projectCount')),
        indicators: (r.get('indicators') as unknown[])
          .map(indicatorFrom)
          .sort((a, b) => a.number - b.number || a.part - b.part),
      };
    });
  }

  @Query(() => [District])
  async districts(@Ctx() ctx: ApiContext): Promise<District[]> {
    const records = await ctx.reader.read(DISTRICTS);
    return records.map((r) => ({ ...fromGraph(DistrictRow, r.toObject()), projectCount: toNumber(r.get('projectCount')) }));
  }

  @Query(() => [Box])
  async boxes(@Ctx() ctx: ApiContext): Promise<Box[]> {
    const records = await ctx.reader.read(BOXES);
    return records.map((r) => ({
      number: toNumber(r.get('number')),
      title: r.get('title') as string,
      chapter: r.get('chapter') ? chapterRefFrom(r.get('chapter')) : null,
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Chapter])
  async chapters(@Ctx() ctx: ApiContext): Promise<Chapter[]> {
    const records = await ctx.reader.read(CHAPTERS);
    return records.map((r) => ({
      ...chapterRefFrom(r.get('chapter')),
      parentId: r.get('parentId') as string | null,
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Unit])
  async units(@Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 200 }) first?: number | null): Promise<Unit[]> {
    const limit = sizeArg('first', first, 200, LIMITS.maxUnits);
    const records = await ctx.reader.read(UNITS, { limit: cypherInt(limit) });
    return records.map((r) => unitFrom(r.get('unit')));
  }

  @Query(() => [MatrixCell])
  async districtIndustryMatrix(@Ctx() ctx: ApiContext): Promise<MatrixCell[]> {
    const records = await ctx.reader.read(DISTRICT_INDUSTRY_MATRIX);
    return records.map((r) => ({ district: r.get('district'), industry: r.get('industry'), count: toNumber(r.get('count')) }));
  }
}
