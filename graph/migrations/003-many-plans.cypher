// Many plans in one graph. Plans and regions are found by id; the nodes of a plan by `plan`.
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_plan IF NOT EXISTS FOR (n:Document) ON (n.plan);
CREATE INDEX chapter_plan IF NOT EXISTS FOR (n:Chapter) ON (n.plan);
CREATE INDEX box_plan IF NOT EXISTS FOR (n:Box) ON (n.plan);
CREATE INDEX project_plan IF NOT EXISTS FOR (n:Project) ON (n.plan);
CREATE INDEX place_plan IF NOT EXISTS FOR (n:Place) ON (n.plan);
CREATE INDEX task_plan IF NOT EXISTS FOR (n:Task) ON (n.plan);
CREATE INDEX indicator_plan IF NOT EXISTS FOR (n:Indicator) ON (n.plan);
// Cross-plan links match projects by their name without continuation words.
CREATE INDEX project_match_key IF NOT EXISTS FOR (n:Project) ON (n.matchKey);
// A graph of one plan, loaded before plans had ids: its import record becomes the legacy plan,
// which `plangraph remove plan:legacy` or an import of the same file replaces.
MATCH (i:Import)
MERGE (p:Plan {id: 'plan:legacy'})
SET p += properties(i), p.id = 'plan:legacy', p.legacy = true, p.title = coalesce(i.file, 'plan:legacy')
DETACH DELETE i;
MATCH (:Plan {id: 'plan:legacy'})
MATCH (n:Document|Chapter|Box|Project|Place|Task|Indicator) WHERE n.plan IS NULL
SET n.plan = 'plan:legacy';
MATCH (:Plan {id: 'plan:legacy'})
MATCH (d:District)
SET d:Region, d.level = 'county', d.code = null, d.path = d.name, d.plans = ['plan:legacy']
REMOVE d:District;
MATCH (:Plan {id: 'plan:legacy'})
MATCH (n:Unit|Industry) WHERE n.plans IS NULL
SET n.plans = ['plan:legacy'];
MATCH (:Plan {id: 'plan:legacy'})
MATCH (:Unit)-[r:REPORTS_TO|GOVERNS]->() WHERE r.plan IS NULL
SET r.plan = 'plan:legacy';
DROP CONSTRAINT district_id IF EXISTS;
DROP CONSTRAINT import_id IF EXISTS
