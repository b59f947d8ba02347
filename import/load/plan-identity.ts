import { z } from 'zod';
import type { Bundle } from '../bundle/schema';
import { cityOfCounty, provinceOfCity, resolveRegionPath, type Region } from '../resolve/regions';
import { InvalidBundleError } from './validate';

/** Which plan a bundle is: whose region, which level and edition. As the reader writes it in `bundle.plan`. */
export const PlanIdentity = z.object({
  title: z.string().min(1),
  /** 十四五, 十五五 …; null when the text names none. */
  edition: z.string().nullable(),
  level: z.enum(['province', 'city', 'county']),
  /** The region the plan is for: 景德镇市, 浮梁县. */
  region: z.string().min(1),
  province: z.string().nullable(),
  /** The city a county plan's region lies in. */
  parentCity: z.string().nullable(),
  issuer: z.string().nullable().optional(),
  gazette: z.string().nullable().optional(),
});
export type PlanIdentity = z.infer<typeof PlanIdentity>;

const EDITION_NUMBERS = '一二三四五六七八九十';
/** 第十五个五年规划 → 十五五 */
const EDITION = /第(十[一二三四五六七八九]?)个五年规划/;
const REGION_IN_TITLE = /^(.+?(?:省|自治区|市|州|盟|地区|县|旗|区))(?:国民经济|.*?第)/;

/**
 * The plan identity of a bundle. Bundles that do not carry one (written before the reader named
 * its plan) are identified from the title of their plan document, with the division dataset
 * placing the region.
 */
export function planIdentityOf(bundle: Bundle): PlanIdentity {
  const stated = (bundle as Bundle & { plan?: unknown }).plan;
  if (stated !== undefined && stated !== null) {
    const parsed = PlanIdentity.safeParse(stated);
    if (!parsed.success) throw new InvalidBundleError(bundle.source.file, [`plan: ${parsed.error.message}`]);
    return parsed.data;
  }
  const doc = bundle.documents.find((d) => d.kind === 'plan');
  const region = doc?.title.match(REGION_IN_TITLE)?.[1];
  if (!doc || !region) {
    throw new InvalidBundleError(bundle.source.file, ['plan: the bundle names no plan and no plan document title names its region']);
  }
  const editionNumber = doc.title.match(EDITION)?.[1];
  const edition = editionNumber && EDITION_NUMBERS.includes(editionNumber.slice(-1)) ? `${editionNumber}五` : null;
  const county = cityOfCounty(region);
  const province = county?.province ?? provinceOfCity(region);
  const level = /(省|自治区)$/.test(region) ? 'province' : county ? 'county' : 'city';
  return { title: doc.title, edition, level, region, province, parentCity: county?.city ?? null, issuer: null, gazette: null };
}

/** The regions a plan is for, from its province down to its own region. */
export function planRegions(plan: PlanIdentity): Region[] {
  const names = [plan.province, plan.level === 'county' ? plan.parentCity : null, plan.region].filter((n): n is string => !!n);
  const levels = plan.level === 'province' ? ['province' as const] : plan.level === 'city' ? ['province' as const, 'city' as const] : ['province' as const, 'city' as const, 'county' as const];
  // Without a stated province the path starts below it; keys stay path-based and distinct.
  return resolveRegionPath(names, names.length === levels.length ? levels : levels.slice(levels.length - names.length));
}

/**
 * A plan's id: its region path, level and edition. Importing another document for the same
 * region, level and edition replaces it; anything else is another plan.
 */
export function planIdOf(plan: PlanIdentity): string {
  const region = planRegions(plan).at(-1)!;
  return `plan:${region.path}:${plan.level}:${plan.edition ?? 'plan'}`;
}

const DIGITS = '一二三四五六七八九';

/** 十四五 → 14, 十五五 → 15: the order of editions. Null for an edition not written that way. */
export function editionNumber(edition: string | null): number | null {
  const m = edition?.match(/^(十)?([一二三四五六七八九])?五$/);
  if (!m || (!m[1] && !m[2])) return null;
  return (m[1] ? 10 : 0) + (m[2] ? DIGITS.indexOf(m[2]) + 1 : 0);
}
