import type { Bundle } from '../bundle/schema';
import { editionNumber } from './plan-identity';
import { planWrites, type NodeWrite, type RelationshipWrite, type Write } from './rows';
import { planScope, scopeBundle, type PlanScope } from './scope';
import { parseBundle } from './validate';

/** A node row as a statement takes it: graph values, with the id of its plan. */
export interface PlanNodeRow {
  id: string;
  plan: string;
  props: Record<string, unknown>;
}
/** A relationship row as a statement takes it: graph values, with the id of its plan. */
export interface PlanRelationshipRow {
  from: string;
  to: string;
  plan: string;
  props: Record<string, unknown>;
}

/** One write of a plan as its statement takes the rows (rows.ts builds them, prepare.ts converts them). */
export type PlanWrite =
  | (Omit<NodeWrite, 'rows'> & { rows: PlanNodeRow[] })
  | (Omit<RelationshipWrite, 'rows'> & { rows: PlanRelationshipRow[] });

/**
 * A plan ready to be written: validated, its ids scoped to the plan, its rows built as graph values.
 * Plain data (no functions, no class instances), so a parse worker can build it and hand it to the
 * thread that writes: the bundle is validated and its rows are built once, where it is read.
 */
export interface PreparedPlan {
  /** The plan's id in the graph. */
  id: string;
  title: string;
  source: Bundle['source'];
  version: number;
  /** The plan's own region, which its Plan node COVERS. */
  regionId: string;
  /** The Plan node's properties as graph values, but `importedAt` and `counts`, known when it is written. */
  props: Record<string, unknown>;
  /** The evidence of COVERS: the plan is for its region because its title says so. */
  covers: Record<string, unknown>;
  /** The plan's writes, in the order of planWrites (the same statements for every plan). */
  writes: PlanWrite[];
  /** Rows the writes hold: the size of the plan as the loader sees it. */
  rows: number;
}

/**
 * A whole number of the bundle (lines, numbers, items) as the graph's integer: a `bigint`, which
 * the driver sends as an integer (a JS number would be a float) and which, unlike the driver's
 * `Integer`, crosses a worker boundary intact. Other values are copied as they are.
 */
export function toGraphValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toGraphValue);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = toGraphValue((value as Record<string, unknown>)[key]);
  return out;
}

/** A write's rows as graph values, each with the id of its plan. */
function planWrite(write: Write, plan: string): PlanWrite {
  if (write.kind === 'nodes')
    return {
      ...write,
      rows: write.rows.map((row) => ({ id: row.id, plan, props: toGraphValue(row.props) as Record<string, unknown> })),
    };
  return {
    ...write,
    rows: write.rows.map((row) => ({
      from: row.from,
      to: row.to,
      plan,
      props: toGraphValue(row.props) as Record<string, unknown>,
    })),
  };
}

/** Validates a bundle and builds its rows; throws InvalidBundleError, and nothing is written. */
export function preparePlan(input: unknown): PreparedPlan {
  return prepareBundle(parseBundle(input, 'bundle'));
}

/**
 * Builds the rows of a bundle the schema has validated already (parseBundle); throws
 * InvalidBundleError for links to things the bundle does not hold.
 */
export function prepareBundle(parsed: Bundle): PreparedPlan {
  const scope = planScope(parsed);
  const bundle = scopeBundle(parsed, scope);
  const writes = planWrites(bundle, scope).map((write) => planWrite(write, scope.planId));
  return {
    id: scope.planId,
    title: scope.plan.title,
    source: bundle.source,
    version: bundle.version,
    regionId: scope.regions.at(-1)!.id,
    props: toGraphValue(planProps(bundle, scope)) as Record<string, unknown>,
    covers: toGraphValue(planCoverage(bundle)) as Record<string, unknown>,
    writes,
    rows: writes.reduce((n, w) => n + w.rows.length, 0),
  };
}

function planProps(bundle: Bundle, scope: PlanScope): Record<string, unknown> {
  const { plan, regions } = scope;
  const own = regions.at(-1)!;
  return {
    title: plan.title,
    edition: plan.edition,
    editionNumber: editionNumber(plan.edition),
    level: plan.level,
    region: plan.region,
    regionId: own.id,
    regionPath: own.path,
    parentRegionId: own.parentId,
    province: plan.province,
    parentCity: plan.parentCity,
    issuer: plan.issuer ?? null,
    gazette: plan.gazette ?? null,
    sha256: bundle.source.sha256,
    file: bundle.source.file,
    encoding: bundle.source.encoding,
    lines: bundle.source.lines,
    version: bundle.version,
  };
}

/** The plan is for its region because its title says so: the reader's evidence for the plan. */
function planCoverage(bundle: Bundle): Record<string, unknown> {
  const { document, line, quote, basis, rule } = bundle.plan.evidence;
  return { document, line, quote, basis, rule };
}
