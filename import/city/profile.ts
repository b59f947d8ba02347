import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { District, Industry, type PlanIdentity, UnitKind, type ProfilePremise } from '../bundle/schema';
import { PlanInputError } from '../errors';
import { projectRoot } from '../../graph/project-root';

const NamedUnit = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

/**
 * What the importer knows about a city beyond its plan's text. Everything may be left out: an empty
 * profile still imports a plan, districts then come from the plan's own text. A profile applies
 * only to the plan of its own city (see profileAppliesTo).
 */
export const CityProfile = z.object({
  /** Says what the file is: city knowledge, not read from the plan. */
  about: z.string().default(''),
  /** The province of the city, so that a city of the same name elsewhere does not match. */
  province: z.string().nullable().default(null),
  /**
   * The prefecture-level city a county-level region lies in, for the plan of a county whose text
   * does not name its city and whose name the national division dataset does not hold.
   */
  parentCity: z.string().nullable().default(null),
  city: z
    .object({
      name: z.string().min(1),
      shortForms: z.array(z.string().min(1)).default([]),
      government: NamedUnit,
    })
    .nullable()
    .default(null),
  districts: z
    .array(
      z.object({
        name: z.string().min(1),
        kind: District.shape.kind,
        countyLevel: z.boolean(),
        shortForms: z.array(z.string()).default([]),
        government: NamedUnit,
        /** What the profile rests this district and its government on (English), and the same in Chinese. */
        source: z.string().default(''),
        sourceZh: z.string().default(''),
      }),
    )
    .default([]),
  countyLevelGroupWords: z.array(z.string()).default([]),
  /** What the group words' reading (every county-level district) rests on. */
  countyLevelSource: z.string().default(''),
  countyLevelSourceZh: z.string().default(''),
  /** Short forms that name a district only before one of `districtWhenFollowedBy`. */
  ambiguousShortForms: z
    .array(z.object({ form: z.string().min(1), reason: z.string(), districtWhenFollowedBy: z.array(z.string()) }))
    .default([]),
  /** Names with an administrative suffix that are not districts (urban areas, old town). */
  nonDistrictAreas: z.array(z.string()).default([]),
  places: z
    .array(
      z.object({
        name: z.string().min(1),
        district: z.string().nullable(),
        basis: z.string().min(1),
        basisZh: z.string().default(''),
      }),
    )
    .default([]),
  units: z
    .array(z.object({ name: z.string().min(1), kind: UnitKind, aliases: z.array(z.string()).default([]) }))
    .default([]),
  /** Bare department names (工信局) are the city's: the prefix makes them one unit (市工信局). */
  departmentPrefix: z.string().default('市'),
  departmentSuffixes: z.array(z.string()).default(['局', '委', '委员会', '办', '办公室']),
  /** Name parts of units that do not answer to the city government (party, central agencies, firms). */
  notUnderCityGovernment: z.array(z.string()).default([]),
  remit: z
    .array(
      z.object({
        industry: z.string().min(1),
        department: z.string().min(1),
        source: z.string().default(''),
        sourceZh: z.string().default(''),
      }),
    )
    .default([]),
  /** The file the profile was read from, relative to the project root (set by the loader). */
  file: z.string().default(''),
});
export type CityProfile = z.infer<typeof CityProfile>;

export const PROFILE_DIR = path.join('data', 'city');
export const DEFAULT_PROFILE = path.join(PROFILE_DIR, 'jingdezhen.json');
export const DEFAULT_INDUSTRIES = path.join('data', 'industries.tsv');

function resolveFile(file: string): string {
  return path.isAbsolute(file) ? file : path.join(projectRoot(), file);
}

function readJson(file: string): unknown {
  const full = resolveFile(file);
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    throw new PlanInputError(full, null, `cannot read JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates a data file against a zod schema; says which field is wrong. */
export function loadDataFile<T>(schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanInputError(resolveFile(file), null, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadCityProfile(file: string = DEFAULT_PROFILE): CityProfile {
  const profile = loadDataFile(CityProfile, file);
  return { ...profile, file: path.isAbsolute(file) ? path.relative(projectRoot(), file) : file };
}

/** What a profile entry rests on, in English and Chinese, as the profile gives it. */
export interface ProfileSource {
  en: string | null | undefined;
  zh: string | null | undefined;
}

/**
 * A profile entry as the premise of a derived fact: the entry (a locator in the file), what it says
 * in both languages, and the source the profile gives for it in both languages; null when the
 * profile gives no source in either language, so that the fact resting on it is not written.
 */
export function profilePremise(
  profile: CityProfile,
  entry: string,
  says: { zh: string; en: string },
  source: ProfileSource | null | undefined,
): ProfilePremise | null {
  if (!source?.en || !source.zh) return null;
  return {
    kind: 'profile',
    file: profile.file || DEFAULT_PROFILE,
    entry,
    says,
    source: source.en,
    sourceZh: source.zh,
  };
}

/** The line of the profile file that holds `needle` (1 when the file cannot be read or lacks it). */
export function profileLine(profile: CityProfile, needle: string): number {
  try {
    const index = fs
      .readFileSync(resolveFile(profile.file || DEFAULT_PROFILE), 'utf8')
      .split(/\r?\n/)
      .findIndex((l) => l.includes(needle));
    return index + 1 || 1;
  } catch {
    return 1;
  }
}

/** The source the profile gives for a district (by its name), in both languages. */
export function districtSource(profile: CityProfile, name: string): ProfileSource | null {
  const district = profile.districts.find((d) => d.name === name);
  return district ? { en: district.source, zh: district.sourceZh } : null;
}

/** The profiles of every city the importer knows (data/city/*.json). */
export function loadCityProfiles(dir: string = PROFILE_DIR): CityProfile[] {
  const full = resolveFile(dir);
  return fs
    .readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => loadCityProfile(path.join(full, name)));
}

/** A profile that knows nothing: the plan is read from its own text alone. */
export function emptyProfile(): CityProfile {
  return CityProfile.parse({});
}

/**
 * A profile improves only its own city's plan: the plan's area is the profile's city, in the same
 * province when both say which. A county plan is not its city's plan: its districts are its towns.
 */
export function profileAppliesTo(profile: CityProfile, plan: Pick<PlanIdentity, 'region' | 'province'>): boolean {
  if (!profile.city || profile.city.name !== plan.region) return false;
  return !profile.province || !plan.province || profile.province === plan.province;
}

/** The first of the profiles that applies to the plan, or the empty profile. */
export function profileForPlan(plan: Pick<PlanIdentity, 'region' | 'province'>, profiles: CityProfile[]): CityProfile {
  return profiles.find((profile) => profileAppliesTo(profile, plan)) ?? emptyProfile();
}

/** The industry taxonomy: a TSV with the header `code	zh	en`. */
export function loadIndustries(file: string = DEFAULT_INDUSTRIES): Industry[] {
  const full = resolveFile(file);
  const lines = fs.readFileSync(full, 'utf8').split(/\r?\n/);
  const header = lines[0]?.split('\t');
  if (!header || header.join('\t') !== 'code\tzh\ten') throw new PlanInputError(full, 1, 'header must be "code	zh	en"');
  const industries: Industry[] = [];
  lines.slice(1).forEach((text, index) => {
    if (text.trim() === '') return;
    const [code, zh, en] = text.split('\t');
    const parsed = Industry.safeParse({ code, zh, en });
    if (!parsed.success) throw new PlanInputError(full, index + 2, 'expected three tab-separated fields');
    industries.push(parsed.data);
  });
  return industries;
}
