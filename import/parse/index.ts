import type { Responsibility, Task } from '../bundle/schema';
import { type CityProfile, loadCityProfile } from '../city/profile';
import { PlanInputError } from '../errors';
import type { DecodedText } from '../text/decode';
import { normaliseText } from '../text/normalise';
import { readCommand } from './command';
import { type GazetteDocument, documentOpenings, findDocuments } from './documents';
import { readIndicators } from './indicators';
import { readPlanIdentity } from './plan';
import { readBox, readOutline } from './outline';
import { readTasks } from './tasks';
import type { ParsedPlan } from './types';
import { UnitRegistry, districtOf } from './units';

export interface ParseOptions {
  /** The city the gazette is from; defaults to the bundled city profile. */
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
  const outline = readOutline(file, plan.document.id, plan.lines, plan === last);
  if (outline.boxes.length === 0) {
    throw new PlanInputError(file, plan.document.line, `not a plan: "${plan.document.title}" has no 专栏 (boxes)`);
  }
  const indicatorBox = outline.boxes.find((box) => box.number === 1);
  const indicators = indicatorBox ? readIndicators(file, plan.document.id, indicatorBox) : [];
  const boxes = outline.boxes.filter((box) => box.number !== 1).map((box) => readBox(file, plan.document.id, box));

  const profile = options.profile ?? loadCityProfile();
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

  return {
    file,
    lines: fileLines,
    identity: readPlanIdentity({ plan, lines }),
    documents: documents.map((doc) => doc.document),
    chapters: outline.chapters,
    boxes,
    indicators,
    tasks,
    units: units.all(),
    responsibilities,
    ...documentOpenings(documents),
    warnings: [],
  };
}

function first(documents: GazetteDocument[], kind: GazetteDocument['document']['kind']): GazetteDocument | undefined {
  return documents.find((doc) => doc.document.kind === kind);
}
