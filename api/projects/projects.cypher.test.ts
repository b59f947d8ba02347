import { ProjectFilterSchema, onlySource, projectFilterParams, projectSource } from './project-filter';
import {
  ALL_PAGE_IN_ORDER,
  COUNT_PROJECTS_FROM,
  INDUSTRY_PAGE_IN_ORDER,
  MATCH_PROJECTS_FROM,
  PROJECT_ORDER,
} from './project-filter.cypher';
import { PROJECTS_CSV, PROJECTS_CSV_ROWS, PROJECTS_PAGE } from './projects.cypher';
import { OVERVIEW, OVERVIEW_SHOWN } from '../network/slice.cypher';

const filter = (values: Record<string, unknown>) => ProjectFilterSchema.parse(values);

describe('where the projects of a filter are found', () => {
  it('starts from the district, else from the industry, else from every project', () => {
    expect(projectSource(filter({ district: '东湖区', industry: 'logistics' }))).toBe('district');
    expect(projectSource(filter({ industry: 'logistics', text: '园' }))).toBe('industry');
    expect(projectSource(filter({ text: '园' }))).toBe('all');
  });

  it('counts by the source alone only when nothing else is asked', () => {
    expect(onlySource(filter({ industry: 'logistics' }))).toBe(true);
    expect(onlySource(filter({}))).toBe(true);
    expect(onlySource(filter({ industry: 'logistics', box: 3 }))).toBe(false);
    expect(projectFilterParams(filter({ district: '东湖区', industry: 'energy' })).onlySource).toBe(false);
  });
});

const squash = (cypher: string) => cypher.replace(/\s+/g, ' ');

describe('the statements of projects, the CSV export and the overview', () => {
  const sources = ['district', 'industry', 'all'] as const;

  it.each(sources)('read the %s source through parameters only', (source) => {
    for (const statement of [
      PROJECTS_PAGE[`BOX ${source}`],
      PROJECTS_PAGE[`NAME ${source}`],
      PROJECTS_CSV[source],
      OVERVIEW[source],
      OVERVIEW_SHOWN[source],
    ]) {
      expect(statement).toContain(COUNT_PROJECTS_FROM[source].trim().split('\n')[0]);
      expect(statement).not.toMatch(/\$\{|undefined/);
      expect(statement).toContain('LIMIT $limit');
    }
  });

  it.each(sources)('read the ids of the %s source for the CSV export, in order, and no row', (source) => {
    const csv = squash(PROJECTS_CSV[source]);
    expect(csv).toContain(squash(MATCH_PROJECTS_FROM[source]));
    expect(csv).toContain('LIMIT $limit RETURN collect(p.id) AS ids');
    expect(csv).not.toContain('SKIP');
    expect(csv).not.toContain('COLLECT { MATCH (p)-');
  });

  it('read the CSV rows by id, in the order of the ids, without finding or counting the projects again', () => {
    const rows = squash(PROJECTS_CSV_ROWS);
    expect(rows).toMatch(/^ ?UNWIND range\(0, size\(\$ids\) - 1\) AS rank MATCH \(p:Project \{id: \$ids\[rank\]\}\)/);
    expect(rows).toMatch(/ORDER BY rank$/);
    expect(rows).toContain("CASE $lang WHEN 'en' THEN i.en ELSE i.zh END ORDER BY i.code");
    for (const source of sources) {
      expect(rows).not.toContain(squash(MATCH_PROJECTS_FROM[source]));
      expect(rows).not.toContain(squash(COUNT_PROJECTS_FROM[source]));
    }
    expect(rows).not.toMatch(/\$\{|undefined|\$after|\$skip/);
  });

  it('read an industry’s page from its links’ keys in index order, and count its projects by its degree', () => {
    for (const sort of ['BOX', 'NAME'] as const) {
      const page = squash(PROJECTS_PAGE[`${sort} industry`]);
      expect(page).toContain(squash(INDUSTRY_PAGE_IN_ORDER[sort]));
      expect(page).toContain('CASE WHEN $onlySource THEN COUNT { (anchor)<-[:IN_INDUSTRY]-() }');
      expect(page).not.toContain(squash(MATCH_PROJECTS_FROM.industry));
      expect(page).not.toContain('ORDER BY CASE $sort');
    }
  });

  it('read every project’s page from the projects’ keys in index order', () => {
    expect(squash(PROJECTS_PAGE['BOX all'])).toContain(squash(ALL_PAGE_IN_ORDER.BOX));
    expect(squash(PROJECTS_PAGE['NAME all'])).toContain(squash(ALL_PAGE_IN_ORDER.NAME));
  });

  it('expand from the district and sort its projects, in either order by $sort', () => {
    const page = squash(PROJECTS_PAGE['BOX district']);
    expect(page).toBe(squash(PROJECTS_PAGE['NAME district']));
    expect(page).toContain(
      'MATCH (anchor:Region) WHERE anchor.name = $district MATCH (p:Project)-[:IN_DISTRICT]->(anchor)',
    );
    expect(page).toContain('CASE WHEN $onlySource THEN COUNT { (anchor)<-[:IN_DISTRICT]-(:Project) }');
    expect(page).toContain(`WITH p ORDER BY ${PROJECT_ORDER} SKIP $skip LIMIT $limit`);
  });

  it('count every project from the count store when there is no filter', () => {
    expect(squash(PROJECTS_PAGE['BOX all'])).toContain('CASE WHEN $onlySource THEN COUNT { MATCH (p:Project) }');
  });

  it('expand from the industry for the CSV export, which reads all of its projects', () => {
    expect(squash(PROJECTS_CSV.industry)).toContain(squash(MATCH_PROJECTS_FROM.industry));
  });
});
