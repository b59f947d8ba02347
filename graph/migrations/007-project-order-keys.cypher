// A page of projects in the plan's order or by name is read from an index in that order, not by
// sorting every project of an industry (tens of thousands at national scale). `orderKey` is the
// plan's order (box, item, line, id) as one string, written by the loader (planOrderKey of
// import/load/sort-key.ts): here it is written the same way for the projects loaded before it.
MATCH (p:Project) WHERE p.orderKey IS NULL
CALL (p) {
  SET p.orderKey = reduce(key = '', n IN [p.box, p.item, p.line] |
    key + CASE WHEN n IS NULL THEN '~' ELSE right('000000000' + toString(n), 10) END + ' ') + p.id
} IN TRANSACTIONS OF 10000 ROWS;
// Projects loaded before the pinyin key sort by their name, as the API sorted them until now.
MATCH (p:Project) WHERE p.nameKey IS NULL
CALL (p) {
  SET p.nameKey = p.name
} IN TRANSACTIONS OF 10000 ROWS;
// An industry's projects in either order lie in one range of an index on its links: the keys
// behind the industry's code (industryOrderKeys of import/load/sort-key.ts).
MATCH (p:Project)-[r:IN_INDUSTRY]->(i:Industry) WHERE r.orderKey IS NULL OR r.nameKey IS NULL
CALL (p, r, i) {
  SET r.orderKey = i.code + ' ' + p.orderKey, r.nameKey = i.code + ' ' + p.nameKey + '\u0001' + p.orderKey
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX project_order_key IF NOT EXISTS FOR (n:Project) ON (n.orderKey);
CREATE INDEX project_name_key IF NOT EXISTS FOR (n:Project) ON (n.nameKey);
CREATE INDEX in_industry_order_key IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() ON (r.orderKey);
CREATE INDEX in_industry_name_key IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() ON (r.nameKey)
