// What the loader reads of other plans is found through indexes, so that loading a plan costs the
// plan's size, not the graph's: the plans of a region, and the projects of a plan by the name key
// other plans match them by.
CREATE INDEX plan_region IF NOT EXISTS FOR (n:Plan) ON (n.regionId);
CREATE INDEX plan_parent_region IF NOT EXISTS FOR (n:Plan) ON (n.parentRegionId);
CREATE INDEX project_plan_match_key IF NOT EXISTS FOR (n:Project) ON (n.plan, n.matchKey)
