// Full-text search over the names people look for. The cjk analyzer indexes Chinese as
// overlapping character pairs, so a two-character query such as 御窑 finds 御窑厂遗址.
CREATE FULLTEXT INDEX nameSearch IF NOT EXISTS
FOR (n:Project|Unit|Place) ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
