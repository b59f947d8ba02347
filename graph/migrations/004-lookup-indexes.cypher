// The nodes a filter starts from are found by the names people give, not by id: a district by its
// name, an industry by its code or Chinese name. At national scale there are thousands of districts.
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX industry_code IF NOT EXISTS FOR (n:Industry) ON (n.code);
CREATE INDEX industry_zh IF NOT EXISTS FOR (n:Industry) ON (n.zh);
