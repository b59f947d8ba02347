import { NodeLabel, RelType } from '../../graph/model';

const { Project, Box, Region, Place } = NodeLabel;
const { LISTED_IN, IN_DISTRICT, AT_PLACE } = RelType;

/** Each statement returns rows of (key, projects as node property maps, district names). */
export const SAME_PROJECT_IN_SEVERAL_BOXES = `
MATCH (p:${Project})-[:${LISTED_IN}]->(b:${Box})
WITH p, collect(DISTINCT b.number) AS boxes
WHERE size(boxes) >= 2
RETURN p.name AS key, [p {.*}] AS projects, [(p)-[:${IN_DISTRICT}]->(d:${Region}) | d.name] AS districts
ORDER BY p.box, p.item, p.id`;

export const SAME_KIND_ACROSS_DISTRICTS = `
MATCH (p:${Project})-[:${IN_DISTRICT}]->(d:${Region})
WHERE p.kind IS NOT NULL
WITH p.kind AS key, collect(DISTINCT d.name) AS districts, collect(DISTINCT p) AS kindProjects
WHERE size(districts) >= 2
RETURN key, [p IN kindProjects | p {.*}] AS projects, districts
ORDER BY size(kindProjects) DESC, key`;

/** A place's district is where the place lies and where the projects at it are placed. */
export const SHARED_PLACE = `
MATCH (pl:${Place})<-[:${AT_PLACE}]-(p:${Project})
WITH pl, collect(DISTINCT p) AS placeProjects
WHERE size(placeProjects) >= 2
CALL (pl, placeProjects) {
  UNWIND placeProjects AS q
  OPTIONAL MATCH (q)-[:${IN_DISTRICT}]->(x:${Region})
  RETURN collect(DISTINCT x.name) AS projectDistricts
}
RETURN pl.name AS key, [p IN placeProjects | p {.*}] AS projects,
  [pl.district] + [(pl)-[:${IN_DISTRICT}]->(x:${Region}) | x.name] + projectDistricts AS districts
ORDER BY size(placeProjects) DESC, key`;
