import type { RuleId } from '../../graph/rules';
import type { Basis, Evidence, Responsibility } from '../bundle/schema';
import { DOTTED, isNumberedHeading } from '../text/patterns';
import type { SourceLine } from './types';
import { type UnitRegistry, sentenceAt, splitUnitNames, unitKindOfName } from './units';
import { unitId } from '../bundle/ids';

/** The city government as the plans name it; a later stage resolves it with the city profile. */
export const CITY_GOVERNMENT = '市人民政府';

/** "市政府成立市民航突发事件应急指挥部（以下简称市民航应急指挥部）" */
const SET_UP = /(市人民政府|市政府)(?:决定)?(?:成立|设立)([^，。；（]*指挥部)(?:（以下简称([^）]+)）)?/;
/** A command named without saying who set it up. */
const NAMED_COMMAND = /(?:成立|设立|组建)?([^，。；、（]{2,30}指挥部)（以下简称([^）]+)）/;
/** Groups of units that name no one in particular (民用航空相关企事业单位, 未列明的有关单位). */
const UNNAMED_GROUP = /单位$/;

interface Located {
  line: SourceLine;
  index: number;
  match: RegExpExecArray;
}

function find(lines: SourceLine[], pattern: RegExp): Located | null {
  for (const line of lines) {
    const match = pattern.exec(line.text);
    if (match) return { line, index: match.index, match };
  }
  return null;
}

function evidenceOf(documentId: string, found: Located, basis: Basis, rule: RuleId): Evidence {
  return { document: documentId, line: found.line.line, quote: sentenceAt(found.line.text, found.index), basis, rule };
}

/**
 * The command structure of a contingency plan: the 指挥部, who set it up, its leaders, its office and
 * where the office sits, the member units and each unit's duties as the plan states them.
 */
export function readCommand(documentId: string, lines: SourceLine[], units: UnitRegistry): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  const link = (subject: string, supervisor: string, role: Responsibility['role'], evidence: Evidence) => {
    const known = responsibilities.some(
      (r) => r.subjectId === unitId(subject) && r.unitId === unitId(supervisor) && r.role === role,
    );
    if (!known && subject !== supervisor) {
      const alias = [subject, supervisor].map((name) => headNamed(evidence.quote, name)).find((form) => form !== null);
      responsibilities.push({
        subjectKind: 'unit',
        subjectId: unitId(subject),
        unitId: unitId(supervisor),
        role,
        evidence: alias ? { ...evidence, alias } : evidence,
      });
    }
  };

  const setUp = find(lines, SET_UP);
  const named = setUp ?? find(lines, NAMED_COMMAND);
  if (!named) return responsibilities;
  const commandName = setUp ? setUp.match[2] : named.match[1];
  const commandAlias = setUp ? setUp.match[3] : named.match[2];
  const commandNames = [commandName, commandAlias].filter((name): name is string => Boolean(name));
  const commandEvidence = evidenceOf(documentId, named, 'stated', 'command-set-up');
  const command = units.add({
    name: commandName,
    kind: 'command',
    evidence: commandEvidence,
    aliases: commandAlias ? [commandAlias] : [],
  });

  if (setUp) {
    const government = units.add({
      name: CITY_GOVERNMENT,
      kind: 'government',
      evidence: evidenceOf(documentId, setUp, 'stated', 'command-set-up'),
      aliases: setUp.match[1] === CITY_GOVERNMENT ? [] : [setUp.match[1]],
    });
    link(
      command.name,
      government.name,
      'supervisor',
      evidenceOf(documentId, setUp, 'stated', 'command-set-up-by-government'),
    );
  } else {
    const government = units.add({
      name: CITY_GOVERNMENT,
      kind: 'government',
      evidence: evidenceOf(documentId, named, 'derived', 'command-implied-under-government'),
    });
    link(
      command.name,
      government.name,
      'supervisor',
      evidenceOf(documentId, named, 'derived', 'command-implied-under-government'),
    );
  }

  const memberOf = (list: string, body: string, found: Located, rule: RuleId) => {
    for (const { name, alias } of splitUnitNames(list)) {
      if (UNNAMED_GROUP.test(name)) continue;
      const evidence = evidenceOf(documentId, found, 'stated', rule);
      units.add({ name, kind: unitKindOfName(name), evidence, aliases: alias ? [alias] : [] });
      link(name, body, 'member', evidence);
    }
  };

  const commandPrefix = `(?:${commandNames.map(escape).join('|')})`;
  const deputies = find(lines, /副总指挥由(.+?)有关负责同志担任/);
  const leadership = find(lines, new RegExp(`${commandPrefix}?总指挥为([^，。；]+)`));
  if (deputies) memberOf(deputies.match[1], command.name, deputies, 'command-deputy-units');
  const members = find(lines, /成员为(.+?)(?:等)?单位有关负责同志/);
  if (members) memberOf(members.match[1], command.name, members, 'command-member-units');

  const office = find(lines, new RegExp(`${commandPrefix}下设办公室`));
  const dutyHeadings = dutySections(lines);
  const officeHeading = dutyHeadings.find((section) => section.names.some((entry) => /办公室$/.test(entry.name)));
  if (office || officeHeading) {
    const entry = officeHeading?.names.find((candidate) => /办公室$/.test(candidate.name));
    const officeName = entry?.name ?? `${commandAlias ?? commandName}办公室`;
    const evidence = office
      ? evidenceOf(documentId, office, 'stated', 'office-under-command')
      : headingEvidence(documentId, officeHeading!.heading, 'derived', 'office-named-after-command');
    units.add({ name: officeName, kind: 'office', evidence, aliases: entry?.alias ? [entry.alias] : [] });
    link(officeName, command.name, 'supervisor', evidence);
    const seat = find(lines, /办公室设在([^，。；]+)/);
    if (seat) {
      const host =
        units.named(seat.match[1]) ??
        units.add({
          name: seat.match[1],
          kind: unitKindOfName(seat.match[1]),
          evidence: evidenceOf(documentId, seat, 'stated', 'office-seat'),
        });
      link(officeName, host.name, 'lead', evidenceOf(documentId, seat, 'stated', 'office-seat'));
    }
    const staff = find(lines, /办公室.*?成员由(.+?)(?:等)?单位有关人员组成/);
    if (staff) memberOf(staff.match[1], officeName, staff, 'office-member-units');
  }

  for (const section of dutyHeadings) {
    for (const { name, alias } of section.names) {
      if (UNNAMED_GROUP.test(name)) continue;
      const isCommand = commandNames.includes(name);
      const leaders =
        isCommand && leadership ? `${sentenceAt(leadership.line.text, leadership.index).replace(/^[\d.]+/, '')}` : '';
      const duties = [leaders, section.duties].filter(Boolean).join('');
      const known = units.named(name) ?? (alias ? units.named(alias) : undefined);
      const evidence = headingEvidence(documentId, section.heading, 'stated', 'duty-section');
      const unit = known ?? units.add({ name, kind: unitKindOfName(name), evidence, aliases: alias ? [alias] : [] });
      units.add({ name: unit.name, kind: unit.kind, evidence, duties, aliases: alias ? [alias] : [] });
      const linked = responsibilities.some((r) => r.subjectId === unit.id && r.subjectKind === 'unit');
      if (!linked && unit.id !== command.id && unit.kind !== 'government') {
        link(
          unit.name,
          command.name,
          'member',
          headingEvidence(documentId, section.heading, 'derived', 'command-member-by-duty-section'),
        );
      }
    }
  }
  return responsibilities;
}

function headingEvidence(documentId: string, heading: SourceLine, basis: Basis, rule: RuleId): Evidence {
  return { document: documentId, line: heading.line, quote: heading.text, basis, rule };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface DutySection {
  heading: SourceLine;
  names: Array<{ name: string; alias: string | null }>;
  duties: string;
}

/**
 * The numbered sub-sections of the part on duties ("2.2工作职责" → "2.2.3民航建设服务中心"): the
 * heading with 职责 that has the most numbered children; each child names units and states duties.
 */
function dutySections(lines: SourceLine[]): DutySection[] {
  const numbered = lines
    .map((line, index) => ({ line, index, match: isNumberedHeading(line.text) ? DOTTED.exec(line.text) : null }))
    .filter((entry): entry is { line: SourceLine; index: number; match: RegExpExecArray } => entry.match !== null);
  const childrenOf = (number: string) =>
    numbered.filter(
      (entry) =>
        entry.match[1].startsWith(`${number}.`) && entry.match[1].split('.').length === number.split('.').length + 1,
    );
  const parents = numbered.filter((entry) => entry.match[2].includes('职责'));
  const parent = parents.sort((a, b) => childrenOf(b.match[1]).length - childrenOf(a.match[1]).length)[0];
  if (!parent) return [];
  return childrenOf(parent.match[1]).map((child) => {
    const body: string[] = [];
    for (const line of lines.slice(child.index + 1)) {
      if (isNumberedHeading(line.text) && DOTTED.test(line.text)) break;
      body.push(line.text);
    }
    return { heading: child.line, names: splitUnitNames(child.match[2]), duties: body.join('') };
  });
}

/**
 * The head of a unit's name by which a sentence names it when it does not give the whole name
 * ("…指挥部下设办公室" names 市民航应急指挥部办公室 as 办公室); null when the whole name stands there.
 */
function headNamed(quote: string, name: string): string | null {
  if (quote.includes(name)) return null;
  for (let start = 1; start <= name.length - 3; start++)
    if (quote.includes(name.slice(start))) return name.slice(start);
  return null;
}
