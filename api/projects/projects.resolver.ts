import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ChapterRef } from '../common/chapter-ref';
import { perItem, sizeArg } from '../common/args';
import type { ApiContext } from '../context';
import { cypherInt, toNumber } from '../db/values';
import { LIMITS } from '../limits';
import { decodeCursor, encodeCursor } from './cursor';
import { evidenceSelected, linkPartsSelected } from './link-selection';
import { LINK_PARTS, loadLinks, primeLinks } from './project-links';
import { DistrictLink, IndustryLink, Mention, PlaceLink, UnitLink } from './links.type';
import { ProjectConnection } from './project-connection.type';
import { ProjectFilter, SortField, parseProjectFilter, projectFilterParams, projectSource } from './project-filter';
import { PROJECTS_PAGE, PROJECTS_PAGE_WITH_LINKS, PROJECT_BY_ID, type PageKey } from './projects.cypher';
import { Project, projectFrom } from './project.type';

@Resolver(() => Project)
export class ProjectsResolver {
  @Query(() => ProjectConnection, { complexity: perItem('first', 50) })
  async projects(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => SortField, { nullable: true, defaultValue: SortField.BOX }) sort?: SortField | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ProjectConnection> {
    const limit = sizeArg('first', first, 50, LIMITS.maxPageSize, 0);
    const skip = decodeCursor(after);
    const values = parseProjectFilter(filter);
    const source = projectSource(values);
    // The links the page shows are read by the same statement: one round trip instead of two.
    const want = info ? linkPartsSelected(info) : null;
    const withLinks = want !== null && LINK_PARTS.some((part) => want[part]);
    const order = sort ?? SortField.BOX;
    const page: PageKey = `${order} ${source}`;
    const params = {
      ...projectFilterParams(values),
      sort: order,
      skip: cypherInt(skip),
      limit: cypherInt(limit),
    };
    const [record] = withLinks
      ? await ctx.reader.read(PROJECTS_PAGE_WITH_LINKS[page], { ...params, want })
      : await ctx.reader.read(PROJECTS_PAGE[page], params);
    if (record && withLinks) primeLinks(ctx.loaders.projectLinks, record.get('links') as unknown[], want);
    const totalCount = record ? toNumber(record.get('totalCount')) : 0;
    const nodes = record ? (record.get('nodes') as Record<string, unknown>[]).map(projectFrom) : [];
    const end = skip + nodes.length;
    return {
      totalCount,
      nodes,
      pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length ? encodeCursor(end) : null },
    };
  }

  @Query(() => Project, { nullable: true })
  async project(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string): Promise<Project | null> {
    const [record] = await ctx.reader.read(PROJECT_BY_ID, { id });
    return record ? projectFrom(record.get('project')) : null;
  }

  @FieldResolver(() => [ChapterRef], { description: '篇 → 章 → 节, outermost first.' })
  async chapterPath(@Root() project: Project, @Ctx() ctx: ApiContext): Promise<ChapterRef[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'chapterPath');
  }

  @FieldResolver(() => [IndustryLink])
  async industries(
    @Root() project: Project,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IndustryLink[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'industries', evidenceSelected(info));
  }

  @FieldResolver(() => [DistrictLink])
  async districts(
    @Root() project: Project,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DistrictLink[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'districts', evidenceSelected(info));
  }

  @FieldResolver(() => [PlaceLink])
  async places(
    @Root() project: Project,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlaceLink[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'places', evidenceSelected(info));
  }

  @FieldResolver(() => [UnitLink])
  async units(@Root() project: Project, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<UnitLink[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'units', evidenceSelected(info));
  }

  @FieldResolver(() => [Mention])
  async mentions(@Root() project: Project, @Ctx() ctx: ApiContext): Promise<Mention[]> {
    return loadLinks(ctx.loaders.projectLinks, project.id, 'mentions');
  }
}
