import type { RuleId } from '../../graph/rules';
import type { Basis, Evidence, Responsibility, Task } from '../bundle/schema';
import { profilePremise, districtSource, type CityProfile } from '../city/profile';
import { PlanInputError } from '../errors';
import { canonicaliseLine } from '../text/normalise';
import { CN_GROUP, CN_ITEM, NUMBERED, isNumberedHeading, isOutlineHeading, isTableRow } from '../text/patterns';
import type { SourceLine } from './types';
import { type UnitRegistry, districtOf, splitUnitNames } from './units';
import { taskId, unitId } from '../bundle/ids';

export const TASK_UNITS_RULE: RuleId = 'task-responsible-units';
export const TASK_RULE: RuleId = 'action-plan-work-point';

const RESPONSIBLE_UNITS = /〔责任单位[：:]([^〕]*)〕/g;
const CLOSED = /〔责任单位[：:][^〕]*〕/;
/** Groups of units that name no one in particular (各有关单位, 各相关部门). */
const UNNAMED_GROUP = /^各/;

type TaskUnit = Task['units'][number];

/**
 * Work points of an action plan: "N.标题。…〔责任单位：牵头部门，县（市、区）和园区〕" under headings
 * "一、…" and "（一）…". The lead departments stand before the first comma, districts and parks after;
 * a county-level group word stands for every county-level district of the city profile.
 */
export function readTasks(
  file: string,
  documentId: string,
  lines: SourceLine[],
  profile: CityProfile,
  units: UnitRegistry,
): { tasks: Task[]; responsibilities: Responsibility[] } {
  const groupWords = new Set(profile.countyLevelGroupWords.map(canonicaliseLine));
  const countyLevel = profile.districts.filter((district) => district.countyLevel).map((district) => district.name);

  const points: Array<{ number: number; line: number; text: string; group: string | null; parts: Task['parts'] }> = [];
  let group: string | null = null;
  let open = false;
  for (const line of lines) {
    const text = line.text;
    if (isTableRow(text) || isOutlineHeading(text)) {
      open = false;
      continue;
    }
    if (isNumberedHeading(text) && (CN_ITEM.test(text) || CN_GROUP.test(text))) {
      group = text;
      open = false;
      continue;
    }
    const numbered = isNumberedHeading(text) ? null : NUMBERED.exec(text);
    if (numbered) {
      const number = Number(numbered[1]);
      const expected = (points[points.length - 1]?.number ?? 0) + 1;
      if (number !== expected)
        throw new PlanInputError(file, line.line, `work point ${number} follows work point ${expected - 1}`);
      points.push({ number, line: line.line, text: numbered[2], group, parts: [{ line: line.line, offset: 0 }] });
      open = !CLOSED.test(numbered[2]);
      continue;
    }
    if (open && points.length > 0) {
      // A work point runs on over paragraphs until its 责任单位 close it.
      const point = points[points.length - 1];
      point.parts.push({ line: line.line, offset: point.text.length });
      point.text += text;
      open = !CLOSED.test(point.text);
    }
  }

  const tasks: Task[] = [];
  const responsibilities: Responsibility[] = [];
  for (const point of points) {
    const id = taskId(point.number);
    const stop = point.text.indexOf('。');
    const title = stop > 0 ? point.text.slice(0, stop) : point.text;
    const statement = [...point.text.matchAll(RESPONSIBLE_UNITS)].pop();
    const taskUnits: Array<TaskUnit & { written: string }> = [];
    if (statement) {
      const list = statement[1];
      const comma = list.search(/[，,]/);
      const lead = comma < 0 ? list : list.slice(0, comma);
      const districts = comma < 0 ? '' : list.slice(comma + 1);
      const addUnit = (name: string, role: TaskUnit['role'], basis: Basis, written: string) => {
        const known = taskUnits.find((unit) => unit.unitId === unitId(name));
        if (known) {
          if (basis === 'stated') Object.assign(known, { basis: 'stated', written });
          return;
        }
        taskUnits.push({ unitId: unitId(name), name, role, basis, written });
      };
      for (const [part, role] of [
        [lead, 'lead'],
        [districts, 'district'],
      ] as const) {
        for (const { name } of splitUnitNames(part)) {
          if (groupWords.has(name)) countyLevel.forEach((district) => addUnit(district, role, 'derived', name));
          else if (!UNNAMED_GROUP.test(name)) addUnit(name, role, 'stated', name);
        }
      }
    }
    const quote = statement ? statement[0] : `${title}。`;
    const quoteLine = statement ? lineAt(point.parts, statement.index) : point.line;
    for (const unit of taskUnits) {
      const evidence: Evidence = {
        document: documentId,
        line: quoteLine,
        quote,
        basis: unit.basis,
        rule: TASK_UNITS_RULE,
      };
      if (unit.written !== unit.name) evidence.alias = unit.written;
      if (unit.basis === 'derived') {
        evidence.why = {
          zh: `〔责任单位〕中的“${unit.written}”按城市资料包括${unit.name}`,
          en: `“${unit.written}” in the responsible units includes ${unit.name}, by the city profile`,
        };
        evidence.premises = [
          { kind: 'gazette' as const, document: documentId, line: quoteLine, quote },
          profilePremise(
            profile,
            `countyLevelGroupWords: ${unit.written}`,
            {
              zh: `“${unit.written}”指全市各县级行政区`,
              en: `“${unit.written}” means every county-level division of the city`,
            },
            { en: profile.countyLevelSource, zh: profile.countyLevelSourceZh },
          ),
          profilePremise(
            profile,
            `districts: ${unit.name} (countyLevel)`,
            { zh: `${unit.name}是县级行政区`, en: `${unit.name} is a county-level division` },
            districtSource(profile, unit.name),
          ),
        ].filter((premise) => premise !== null);
      }
      units.add({
        name: unit.name,
        kind: unit.role === 'lead' ? 'department' : 'district-government',
        evidence,
        district: unit.role === 'district' ? districtOf(unit.name, profile) : null,
      });
      responsibilities.push({ subjectKind: 'task', subjectId: id, unitId: unit.unitId, role: unit.role, evidence });
    }
    tasks.push({
      id,
      number: point.number,
      group: point.group,
      title,
      text: point.text,
      units: taskUnits.map(({ written: _written, ...unit }) => unit),
      projectIds: [],
      parts: point.parts,
      evidence: { document: documentId, line: point.line, quote: `${title}。`, basis: 'stated', rule: TASK_RULE },
    });
  }
  return { tasks, responsibilities };
}

/** The source line a position of a work point's joined text stands on. */
export function lineAt(parts: Task['parts'], index: number): number {
  let line = parts[0].line;
  for (const part of parts) if (part.offset <= index) line = part.line;
  return line;
}
