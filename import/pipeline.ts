import path from 'node:path';
import { type Bundle, BUNDLE_VERSION } from './bundle/schema';
import { loadCityProfile, loadIndustries } from './city/profile';
import { extractPlan } from './resolve/plan';
import { prepareBundle, type PreparedPlan } from './load/prepare';
import { planWrites } from './load/rows';
import { parseBundle } from './load/validate';
import { parsePlan } from './parse';
import { decodePlanFile } from './text/decode';

export interface BuildOptions {
  /** City profile JSON, used when it is of the plan's city; by default the one in data/city/ that is. */
  profile?: string;
}

/** decode → parse → extract → validate: the bundle of a gazette file, its links not checked yet. */
function readBundle(file: string, options: BuildOptions): Bundle {
  const decoded = decodePlanFile(file);
  const plan = parsePlan(decoded, { profile: options.profile ? loadCityProfile(options.profile) : undefined });
  const content = extractPlan(plan, plan.profile, loadIndustries());
  return parseBundle(
    {
      version: BUNDLE_VERSION,
      source: { file: path.basename(file), sha256: decoded.sha256, encoding: decoded.encoding, lines: plan.lines },
      ...content,
    },
    file,
  );
}

/**
 * Reads a gazette file into a validated plan bundle: decode → parse → extract.
 * Bad input throws PlanInputError (file:line: problem); a bundle the schema refuses throws
 * InvalidBundleError. Nothing touches the database.
 */
export function buildBundle(file: string, options: BuildOptions = {}): Bundle {
  const bundle = readBundle(file, options);
  // Refuses links to things the bundle does not hold now, rather than when it is loaded.
  planWrites(bundle);
  return bundle;
}

/**
 * Reads a gazette file into a plan ready to be written (load/prepare.ts): the bundle validated
 * and its rows built once, as buildBundle and then preparePlan would, without validating twice.
 * Throws as buildBundle does.
 */
export function buildPlan(file: string, options: BuildOptions = {}): PreparedPlan {
  return prepareBundle(readBundle(file, options));
}
