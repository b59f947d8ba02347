import type { Reader } from '../db/graph';
import { toNumber, toStringOrNull } from '../db/values';
import { CHILD_REGION_INDUSTRY, CHILD_REGION_TOTALS } from './region-summary.cypher';
import type { RegionSummary } from './region-summary.type';

/** The regions directly below `region` (the top-level ones when null) with plans in scope, and their projects by industry. */
export async function readRegionSummary(
  reader: Reader,
  scope: { plan: string | null; region: string | null },
): Promise<RegionSummary> {
  const [totals, cells] = await Promise.all([
    reader.read(CHILD_REGION_TOTALS, scope),
    reader.read(CHILD_REGION_INDUSTRY, scope),
  ]);
  return {
    regions: totals.map((r) => ({
      id: String(r.get('id')),
      name: String(r.get('name')),
      level: toStringOrNull(r.get('level')),
      projectCount: toNumber(r.get('projectCount')),
    })),
    cells: cells.map((r) => ({
      region: String(r.get('region')),
      industry: String(r.get('industry')),
      count: toNumber(r.get('count')),
    })),
  };
}
