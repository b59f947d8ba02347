import { NodeLabel, RelType } from '../../graph/model';

/*
 * The project filter in Cypher: a WHERE condition on a project `p` whose criteria arrive as
 * parameters (projectFilterParams in project-filter.ts), absent ones as null.
 */

const { Project, Industry, Region, Box, Chapter, Unit, Place, Plan } = NodeLabel;
const { IN_INDUSTRY, IN_DISTRICT, LISTED_IN, IN_CHAPTER, PART_OF, RESPONSIBLE, AT_PLACE, COVERS, WITHIN } = RelType;

/**
 * The plans in scope as `scopePlan`: one plan (`$plan`), the plans for a region and the regions
 * within it (`$region`), or every plan. Plans are few beside their projects.
 */
export const SCOPE_PLANS = `
MATCH (scopePlan:${Plan})
WHERE ($plan IS NULL OR scopePlan.id = $plan)
  AND ($region IS NULL OR EXISTS { (scopePlan)-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(:${Region} {id: $region}) })`;

/**
 * The projects `p` of the plans in scope, found plan by plan through the Project(plan) index
 * rather than by testing every project in the graph.
 */
export const MATCH_SCOPED_PROJECTS = `
CALL () {
  ${SCOPE_PLANS}
  RETURN scopePlan.id AS scopePlanId
}
MATCH (p:${Project} {plan: scopePlanId}) USING INDEX SEEK p:${Project}(plan)`;

/**
 * The WHERE condition on a project `p` that keeps it to one plan (`$plan`) or to the plans for a
 * region and the regions within it (`$region`); null parameters keep every plan. For a project
 * reached from elsewhere (a district, an industry): its own plan is looked up by id, so the test
 * costs the same whatever the number of plans.
 */
export const PLAN_SCOPE = `($plan IS NULL OR p.plan = $plan)
AND ($region IS NULL OR EXISTS { (:${Plan} {id: p.plan})-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(:${Region} {id: $region}) })`;

/** PROJECT_FILTER but the plan scope: for projects found through the plans in scope, which are in it. */
const PROJECT_CRITERIA = `
($industry IS NULL OR EXISTS { (p)-[:${IN_INDUSTRY}]->(i:${Industry}) WHERE i.code = $industry OR i.zh = $industry })
AND ($district IS NULL OR EXISTS { (p)-[:${IN_DISTRICT}]->(d:${Region}) WHERE d.name = $district })
AND ($box IS NULL OR EXISTS { (p)-[:${LISTED_IN}]->(b:${Box}) WHERE b.number = $box })
AND ($chapter IS NULL
     OR EXISTS { MATCH (c:${Chapter})-[:${PART_OF}*0..5]->(:${Chapter} {id: $chapter}) WHERE c.id = p.chapterId }
     OR EXISTS { (p)-[:${LISTED_IN}]->(:${Box})-[:${IN_CHAPTER}]->(:${Chapter})-[:${PART_OF}*0..5]->(:${Chapter} {id: $chapter}) })
AND ($unit IS NULL OR EXISTS { (p)-[:${RESPONSIBLE}]->(:${Unit} {id: $unit}) })
AND ($place IS NULL OR EXISTS { (p)-[:${AT_PLACE}]->(:${Place} {id: $place}) })
AND ($text IS NULL OR toLower(p.name) CONTAINS toLower($text))`;

/** The WHERE condition on `p` shared by `projects`, `overview` and the CSV export; absent criteria are null. */
export const PROJECT_FILTER = `${PROJECT_CRITERIA}
AND ${PLAN_SCOPE}`;

/**
 * The sort key of a project `p`, column by column: by name in pinyin order (`nameKey`, stored at
 * import) when `$sort` asks for names, then the plan's order (box, item, line), then the id, which
 * makes the key unique.
 */
const PROJECT_ORDER_KEY = [
  `CASE $sort WHEN 'NAME' THEN coalesce(p.nameKey, p.name) END`,
  'p.box',
  'p.item',
  'p.line',
  'p.id',
] as const;

/** Projects in the plan's order (box, item, line) or by name in pinyin order. */
export const PROJECT_ORDER = PROJECT_ORDER_KEY.join(', ');

export const MATCH_FILTERED_PROJECTS = `MATCH (p:${Project}) WHERE ${PROJECT_FILTER}`;

/** The orders of a page of projects: the plan's (box, item, line) or by name in pinyin order. */
export type ProjectSort = 'BOX' | 'NAME';
export const PROJECT_SORTS: readonly ProjectSort[] = ['BOX', 'NAME'];

/**
 * The stored key of each order, on a project and on its IN_INDUSTRY links (graph/model.ts): each
 * sorts as PROJECT_ORDER does with that `$sort`, and is RANGE-indexed.
 */
export const SORT_KEY: Record<ProjectSort, 'orderKey' | 'nameKey'> = { BOX: 'orderKey', NAME: 'nameKey' };

/**
 * Where the projects of a filter are found: from the district's or the industry's own node, whose
 * links lead to a few hundred or a few ten thousand projects, or from the plans in scope, instead
 * of testing every project of a national graph. A district is the narrower start.
 */
export type ProjectSource = 'district' | 'industry' | 'plans' | 'all';
export const PROJECT_SOURCES: readonly ProjectSource[] = ['district', 'industry', 'plans', 'all'];

/** The start node of each source as `anchor`; the full filter still applies to every project. */
export const MATCH_PROJECTS_FROM: Record<ProjectSource, string> = {
  district: `MATCH (anchor:${Region}) WHERE anchor.name = $district
  MATCH (p:${Project})-[:${IN_DISTRICT}]->(anchor) WHERE ${PROJECT_FILTER}`,
  industry: `MATCH (anchor:${Industry}) WHERE anchor.code = $industry OR anchor.zh = $industry
  MATCH (p:${Project})-[:${IN_INDUSTRY}]->(anchor) WHERE ${PROJECT_FILTER}`,
  plans: `${MATCH_SCOPED_PROJECTS} WHERE ${PROJECT_CRITERIA}`,
  all: MATCH_FILTERED_PROJECTS,
};

/**
 * One page (`$skip`, `$limit`) of an industry's projects `p` in the order of the sort, read from
 * the index of its links' keys, where they lie in one range, until the page is full: an industry
 * has tens of thousands of projects at national scale, and none is sorted. Further criteria are
 * tested on each project read; at worst every project of the industry is read. (An industry named
 * by code and by Chinese name, two nodes, gives one run in order each: merged by a sort of at most
 * two pages.) A district's or a plan's few hundred projects are found, then sorted. The hint asks for a
 * seek: on a small graph the planner may otherwise scan the whole index in order and filter it.
 */
export const INDUSTRY_PAGE_IN_ORDER: Record<ProjectSort, string> = {
  BOX: industryPageInOrder('BOX'),
  NAME: industryPageInOrder('NAME'),
};

/** INDUSTRY_PAGE_IN_ORDER for every project, from the index of the projects' own keys. */
export const ALL_PAGE_IN_ORDER: Record<ProjectSort, string> = {
  BOX: `MATCH (p:${Project}) USING INDEX p:${Project}(${SORT_KEY.BOX})
  WHERE p.${SORT_KEY.BOX} IS NOT NULL AND ${PROJECT_FILTER}
  WITH p ORDER BY p.${SORT_KEY.BOX} SKIP $skip LIMIT $limit`,
  // Names that read the same are few: the plan-order key is sorted among each of them only.
  NAME: `MATCH (p:${Project}) USING INDEX p:${Project}(${SORT_KEY.NAME})
  WHERE p.${SORT_KEY.NAME} IS NOT NULL AND ${PROJECT_FILTER}
  WITH p ORDER BY p.${SORT_KEY.NAME}, p.${SORT_KEY.BOX} SKIP $skip LIMIT $limit`,
};

function industryPageInOrder(sort: ProjectSort): string {
  const key = SORT_KEY[sort];
  return `MATCH (anchor:${Industry}) WHERE anchor.code = $industry OR anchor.zh = $industry
  CALL (anchor) {
    MATCH (p:${Project})-[r:${IN_INDUSTRY}]->(anchor) USING INDEX SEEK r:${IN_INDUSTRY}(${key})
    WHERE r.${key} STARTS WITH anchor.code + ' ' AND ${PROJECT_FILTER}
    RETURN p, r.${key} AS key ORDER BY key LIMIT $skip + $limit
  }
  WITH p, key ORDER BY key SKIP $skip LIMIT $limit`;
}

/** A page of projects' key: its order and where its projects are found (`BOX industry`). */
export type PageKey = `${ProjectSort} ${ProjectSource}`;

/**
 * One page (`$skip`, `$limit`) of the filtered projects `p` in the order of its PageKey: an
 * industry's and every project's read in index order (INDUSTRY_PAGE_IN_ORDER, ALL_PAGE_IN_ORDER),
 * a district's and the plans' found, then sorted.
 */
export const PAGE_OF_PROJECTS = Object.fromEntries(
  PROJECT_SORTS.flatMap((sort) =>
    PROJECT_SOURCES.map((source) => [
      `${sort} ${source}`,
      source === 'industry'
        ? INDUSTRY_PAGE_IN_ORDER[sort]
        : source === 'all'
          ? ALL_PAGE_IN_ORDER[sort]
          : `${MATCH_PROJECTS_FROM[source]}
  WITH p ORDER BY ${PROJECT_ORDER}
  SKIP $skip LIMIT $limit`,
    ]),
  ),
) as Record<PageKey, string>;

/**
 * How many projects the filter matches. With nothing but the source, it is the source's link
 * degree (only projects are IN_INDUSTRY; a district's IN_DISTRICT links are few, so its projects
 * are counted by label) and no project is read.
 */
export const COUNT_PROJECTS_FROM: Record<ProjectSource, string> = {
  district: `MATCH (anchor:${Region}) WHERE anchor.name = $district
  RETURN sum(CASE WHEN $onlySource THEN COUNT { (anchor)<-[:${IN_DISTRICT}]-(:${Project}) }
    ELSE COUNT { MATCH (p:${Project})-[:${IN_DISTRICT}]->(anchor) WHERE ${PROJECT_FILTER} } END) AS totalCount`,
  industry: `MATCH (anchor:${Industry}) WHERE anchor.code = $industry OR anchor.zh = $industry
  RETURN sum(CASE WHEN $onlySource THEN COUNT { (anchor)<-[:${IN_INDUSTRY}]-() }
    ELSE COUNT { MATCH (p:${Project})-[:${IN_INDUSTRY}]->(anchor) WHERE ${PROJECT_FILTER} } END) AS totalCount`,
  plans: `CALL () {
    ${SCOPE_PLANS}
    RETURN scopePlan.id AS scopePlanId
  }
  RETURN sum(COUNT { MATCH (p:${Project} {plan: scopePlanId}) WHERE ${PROJECT_CRITERIA} }) AS totalCount`,
  all: `RETURN CASE WHEN $onlySource THEN COUNT { MATCH (p:${Project}) } ELSE COUNT { ${MATCH_FILTERED_PROJECTS} } END AS totalCount`,
};
