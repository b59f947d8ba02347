import { NodeLabel, RelType } from '../../graph/model';

const { Plan, Project, Region, Industry } = NodeLabel;
const { COVERS, WITHIN, IN_INDUSTRY } = RelType;

/**
 * The regions directly below `$region` (the top-level regions when it is null) with the plans in
 * scope (`$plan`, or every plan) that lie in each: a plan lies in the region it covers and in
 * every region above that one.
 */
const CHILD_PLANS = `
MATCH (child:${Region})
WHERE ($region IS NULL AND NOT (child)-[:${WITHIN}]->(:${Region}))
   OR ($region IS NOT NULL AND EXISTS { (child)-[:${WITHIN}]->(:${Region} {id: $region}) })
MATCH (pl:${Plan})-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(child)
WHERE $plan IS NULL OR pl.id = $plan
WITH DISTINCT child, pl`;

/** How many projects the plans below each child region name, found plan by plan through the Project(plan) index. */
export const CHILD_REGION_TOTALS = `${CHILD_PLANS}
MATCH (p:${Project} {plan: pl.id}) USING INDEX SEEK p:${Project}(plan)
RETURN child.id AS id, child.name AS name, child.level AS level, count(p) AS projectCount
ORDER BY projectCount DESC, name`;

/** The same projects by child region and industry; a project lies in one plan, so in one child region. */
export const CHILD_REGION_INDUSTRY = `${CHILD_PLANS}
MATCH (p:${Project} {plan: pl.id})-[:${IN_INDUSTRY}]->(i:${Industry}) USING INDEX SEEK p:${Project}(plan)
RETURN child.id AS region, i.code AS industry, count(DISTINCT p) AS count
ORDER BY region, industry`;
