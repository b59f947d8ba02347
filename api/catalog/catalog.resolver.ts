import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { boxLabel } from '../../graph/box-number';
import { chapterRefFrom } from '../common/chapter-ref';
import { sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt, fromGraph, toNumber, toStringOrNull } from '../db/values';
import { LIMITS } from '../limits';
import { Unit, unitFrom } from '../projects/links.type';
import { Box, Chapter, District, DistrictRow, Industry, IndustryRow, MatrixCell } from './catalog.type';
import {
  BOXES,
  CHAPTERS,
  DISTRICTS,
  DISTRICT_INDUSTRY_MATRIX,
  INDUSTRIES,
  INDUSTRIES_IN_SCOPE,
  UNITS,
} from './catalog.cypher';

/** The lists the UI filters by: industries, districts, boxes, chapters, units. */
@Resolver()
export class CatalogResolver {
  @Query(() => [Industry], {
    description: 'Every industry, with its projects counted within one plan or the plans for a region when given.',
  })
  async industries(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<Industry[]> {
    const scope = { plan: plan ?? null, region: region ?? null };
    const scoped = scope.plan !== null || scope.region !== null;
    // Counted plan by plan in a scope; over the whole graph, by each industry's degree.
    const records = scoped
      ? await ctx.stable.read(INDUSTRIES_IN_SCOPE, scope)
      : await ctx.stable.read(INDUSTRIES, scope);
    return records.map((r) => ({
      ...fromGraph(IndustryRow, r.get('industry')),
      projectCount: toNumber(r.get('projectCount')),
      scope,
    }));
  }

  @Query(() => [District], {
    description: 'The districts projects are placed in, within one plan or the plans for a region when given.',
  })
  async districts(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<District[]> {
    const records = await ctx.stable.read(DISTRICTS, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => {
      const { id, name, kind } = fromGraph(DistrictRow, r.toObject());
      return { name, regionId: id, kind, projectCount: toNumber(r.get('projectCount')) };
    });
  }

  @Query(() => [Box], { description: 'The boxes of one plan or of the plans for a region when given.' })
  async boxes(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<Box[]> {
    const records = await ctx.stable.read(BOXES, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => ({
      number: toNumber(r.get('number')),
      label: boxLabel(toNumber(r.get('number'))),
      title: r.get('title') as string,
      chapter: r.get('chapter') ? chapterRefFrom(r.get('chapter')) : null,
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Chapter], {
    description: 'The chapters of one plan or of the plans for a region when given, each with the projects below it.',
  })
  async chapters(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<Chapter[]> {
    const records = await ctx.reader.read(CHAPTERS, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => ({
      ...chapterRefFrom(r.get('chapter')),
      parentId: r.get('parentId') as string | null,
      projectCount: toNumber(r.get('projectCount')),
    }));
  }

  @Query(() => [Unit], { description: 'The units one plan, or the plans for a region when given, name; by name.' })
  async units(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 200 }) first?: number | null,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<Unit[]> {
    const limit = sizeArg('first', first, 200, LIMITS.maxUnits);
    const records = await ctx.reader.read(UNITS, {
      limit: cypherInt(limit),
      plan: plan ?? null,
      region: region ?? null,
    });
    return records.map((r) => unitFrom(r.get('unit')));
  }

  @Query(() => [MatrixCell], {
    description: 'Projects per district and industry, within one plan or the plans for a region when given.',
  })
  async districtIndustryMatrix(
    @Ctx() ctx: ApiContext,
    @Arg('plan', () => ID, { nullable: true }) plan?: string | null,
    @Arg('region', () => ID, { nullable: true }) region?: string | null,
  ): Promise<MatrixCell[]> {
    const records = await ctx.stable.read(DISTRICT_INDUSTRY_MATRIX, { plan: plan ?? null, region: region ?? null });
    return records.map((r) => ({
      district: toStringOrNull(r.get('district')),
      industry: String(r.get('industry')),
      count: toNumber(r.get('count')),
    }));
  }
}
