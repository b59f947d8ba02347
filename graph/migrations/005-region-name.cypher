// Districts are Regions now (003): the filter by district name starts from this index.
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name)
