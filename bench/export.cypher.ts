import { NodeLabel, RelType } from '../graph/model';

/**
 * The statements that put the synthetic national graph's districts (bench/national.ts) under one
 * invented province, so that the export and the overlaps can be asked at province level: the
 * province, its cities, each district a county within a city, and a county plan for each district
 * covering it, whose id every project of the district carries.
 */

const { Project, Region, Plan } = NodeLabel;
const { IN_DISTRICT, WITHIN, COVERS } = RelType;

/** The province and its cities (`$cities`: rows of id and name). */
export const CREATE_PROVINCE = `
MERGE (province:${Region} {id: $province})
  ON CREATE SET province.name = $provinceName, province.level = 'province', province.kind = 'province'
WITH province
UNWIND $cities AS city
MERGE (c:${Region} {id: city.id})
  ON CREATE SET c.name = city.name, c.level = 'city', c.kind = 'city'
MERGE (c)-[:${WITHIN}]->(province)`;

/** Each district (`$rows`: district id, city id, plan id) within its city, with its county plan. */
export const PLACE_DISTRICTS = `
UNWIND $rows AS row
MATCH (d:${Region} {id: row.district})
MATCH (c:${Region} {id: row.city})
SET d.level = 'county'
MERGE (d)-[:${WITHIN}]->(c)
MERGE (plan:${Plan} {id: row.plan})
  ON CREATE SET plan.title = d.name + '国民经济和社会发展第十五个五年规划纲要', plan.level = 'county',
    plan.region = d.name, plan.regionId = d.id, plan.edition = '十五五', plan.editionNumber = 15
MERGE (plan)-[:${COVERS}]->(d)`;

/** Up to `$batch` projects of a district without a plan are given its plan; returns how many. */
export const SET_PROJECT_PLAN = `
MATCH (:${Region} {id: $district})<-[:${IN_DISTRICT}]-(p:${Project})
WHERE p.plan IS NULL
WITH p LIMIT $batch
SET p.plan = $plan
RETURN count(p) AS updated`;
