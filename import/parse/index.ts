import type { Responsibility, Task, Warning } from '../bundle/schema';
import { type CityProfile, loadCityProfiles, profileAppliesTo, profileForPlan } from '../city/profile';
import { PlanInputError } from '../errors';
import type { DecodedText } from '../text/decode';
import { normaliseText } from '../text/normalise';
import { readPlanAreas } from './areas';
import { readCommand } from './command';
import { type GazetteDocument, documentOpenings, findDocuments } from './documents';
import { readFeatures } from './features';
import { readFirms } from './firms';
import { readIndicators } from './indicators';
import { readPlanIdentity } from './plan';
import { placePlan } from './placement';
import { isIndicatorBox, readBox, readOutline } from './outline';
import { readSupervision } from './supervision';
import { readTasks } from './tasks';
import type { ParsedPlan } from './types';
import { UnitRegistry, districtOf, readShortNames } from './units';

export interface ParseOptions {
  /**
   * A city profile to use when it is of the plan's own city; by default the profile in data/city/
   * of that city, if any. Another city's profile is never applied.
   */
  profile?: CityProfile;
}

function countLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/**
 * The structure of a gazette that carries a five-year plan: its documents, the plan's outline,
 * boxes and indicator table, the action plan's work points with their responsible units, and a
 * contingency plan's command structure. Throws PlanInputError when the text is not such a plan or
 * is cut short inside a box or the indicator table.
 */
export function parsePlan(decoded: DecodedText, options: ParseOptions = {}): ParsedPlan {
  const file = decoded.file;
  const fileLines = countLines(decoded.text);
  const lines = normaliseText(decoded.text);
  const documents = findDocuments(lines, fileLines);
  const last = documents[documents.length - 1];

  const plan = documents.find((doc) => doc.document.kind === 'plan');
  if (!plan) throw new PlanInputError(file, null, 'not a plan: no document titled …规划纲要 found');
  const warnings: Warning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const outline = readOutline(file, plan.document.id, plan.lines, plan === last, warn);
  if (outline.boxes.length === 0) {
    throw new PlanInputError(file, plan.document.line, `not a plan: "${plan.document.title}" has no 专栏 (boxes)`);
  }
  const indicatorBox = outline.boxes.find(isIndicatorBox);
  const indicators = indicatorBox ? readIndicators(file, plan.document.id, indicatorBox, warn) : [];
  const boxes = outline.boxes
    .filter((box) => box !== indicatorBox)
    .map((box) => readBox(file, plan.document.id, box, warn));

  const stated = readPlanIdentity({ plan, lines });
  const profile = profileForPlan(stated, options.profile ? [options.profile] : loadCityProfiles());
  const identity = placePlan(stated, profile);
  if (options.profile && !profileAppliesTo(options.profile, identity)) {
    const city = options.profile.city?.name ?? 'no city';
    warn(identity.evidence.line, `city profile of ${city} not applied: the plan is of ${identity.region}`);
  }
  const units = new UnitRegistry();
  const responsibilities: Responsibility[] = [];
  const tasks: Task[] = [];
  const actionPlan = first(documents, 'action-plan');
  if (actionPlan) {
    const read = readTasks(file, actionPlan.document.id, actionPlan.lines, profile, units);
    tasks.push(...read.tasks);
    responsibilities.push(...read.responsibilities);
  }
  const emergencyPlan = first(documents, 'emergency-plan');
  if (emergencyPlan) responsibilities.push(...readCommand(emergencyPlan.document.id, emergencyPlan.lines, units));
  for (const unit of units.all()) {
    if (unit.kind === 'district-government' && unit.district === null) unit.district = districtOf(unit.name, profile);
  }

  const openings = documentOpenings(documents);
  return {
    file,
    lines: fileLines,
    identity,
    profile,
    // The notice's addressee line names the plan's own areas too (X高新区管委会).
    areas: readPlanAreas([...openings.addressees, ...plan.lines, ...(actionPlan?.lines ?? [])], identity),
    documents: documents.map((doc) => doc.document),
    chapters: outline.chapters,
    boxes,
    indicators,
    tasks,
    units: units.all(),
    responsibilities,
    ...openings,
    supervision: readSupervision(documents),
    shortNames: readShortNames(plan.lines),
    features: readFeatures(plan.lines),
    firms: readFirms(plan.lines),
    warnings,
  };
}

function first(documents: GazetteDocument[], kind: GazetteDocument['document']['kind']): GazetteDocument | undefined {
  return documents.find((doc) => doc.document.kind === kind);
}
