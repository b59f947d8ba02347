import { createHash } from 'node:crypto';
import type { Bundle, District, Evidence, Industry, Place, Project, Responsibility, Task } from '../bundle/schema';
import { type CityProfile, emptyProfile, profileAppliesTo } from '../city/profile';
import { toBundleBox, type ParsedPlan } from '../parse/types';
import { DistrictResolver } from '../resolve/districts';
import { industriesOfMention, linkIndicators } from '../resolve/industries';
import { OrgFinder } from '../resolve/orgs';
import { addresseeEvidence } from '../resolve/source';
import { UnitRegistry, unitId } from '../resolve/units';
import { extractBoxMentions, type ProjectMention } from './projects';
import { loadExtractRules, loadIndustryRules, longestFirst, type ExtractRules, type IndustryRules } from './rules';
import { normaliseName } from './text';

export type PlanContent = Omit<Bundle, 'version' | 'source'>;

export interface ExtractOptions {
  rules?: ExtractRules;
  industryRules?: IndustryRules;
}

/** Stable across imports: the same normalised name gives the same id. */
export function projectId(name: string): string {
  return `project:${createHash('sha256').update(normaliseName(name)).digest('hex').slice(0, 12)}`;
}

export function placeId(name: string): string {
  return `place:${name}`;
}

/**
 * Adds the plan's named projects, places, districts and resolved units to the parsed structure.
 * The profile is used only when it is of the plan's own city.
 */
export function extractPlan(plan: ParsedPlan, cityProfile: CityProfile, industries: Industry[], options: ExtractOptions = {}): PlanContent {
  const profile = profileAppliesTo(cityProfile, plan.identity) ? cityProfile : emptyProfile();
  const rules = options.rules ?? loadExtractRules();
  const industryRules = options.industryRules ?? loadIndustryRules();
  const placeNames = longestFirst(profile.places.map((p) => p.name));
  const { identity } = plan;
  const whole = [identity.region, identity.parentCity, identity.city].filter((n): n is string => n !== null);
  const districts = new DistrictResolver(profile, rules, { level: identity.level, whole, areas: plan.areas });
  const orgs = new OrgFinder(profile, rules, placeNames);
  const placeDistricts = new Map(profile.places.map((p) => [p.name, p.district]));
  const ambiguousForms = profile.ambiguousShortForms.map((a) => a.form);
  const ctx = { rules, districts, orgs, places: placeNames, placeDistricts, ambiguousForms, cityForms: longestFirst([...cityForms(profile), ...whole]) };

  const mentions = plan.boxes.flatMap((box) => extractBoxMentions(box, ctx));
  // An organisation learnt from a later box (德宇 of 德宇冷链物流中心) is also the one an earlier box names.
  for (const mention of mentions) {
    const read = mention.orgs.length;
    mention.orgs = orgs.withLearnt(mention.name, mention.orgs);
    if (mention.identity === 'generic' && mention.orgs.length > read) Object.assign(mention, { tier: 'A', identity: 'organisation-name' });
  }
  const known = new Set(industries.map((i) => i.code));
  const registry = new UnitRegistry(profile);
  const responsibilities: Responsibility[] = [];

  const { projects, places } = buildProjects(mentions, { profile, rules, industryRules, districts, known, placeNames });

  // Units the parsed documents state come first, so their evidence is the document's own.
  const government = profile.city?.government ?? null;
  const cityGovernmentEvidence = government && cityGovernmentSource(plan, government.name);
  for (const unit of plan.units) registry.add(unit);
  if (government && cityGovernmentEvidence) {
    registry.add({
      name: government.name,
      kind: 'government',
      aliases: government.aliases,
      district: null,
      duties: null,
      evidence: cityGovernmentEvidence,
    });
  }
  const districtEvidence = addresseeEvidence(plan.addressees, plan.documents, null, rules.addressees.districts, 'district-government');
  const bundleDistricts: District[] = profile.districts.map((d) => ({
    name: d.name,
    kind: d.kind,
    shortForms: d.shortForms,
    governmentId: unitId(registry.resolve(d.government.name)),
  }));
  for (const d of profile.districts) {
    if (!districtEvidence) continue;
    registry.add({ name: d.government.name, kind: 'district-government', aliases: d.government.aliases, district: d.name, duties: null, evidence: districtEvidence });
  }
  for (const district of bundleDistricts) if (!registry.has(district.governmentId ?? '')) district.governmentId = null;
  // The plan's own areas its text names, then those recognised by their suffix in a project's name.
  bundleDistricts.push(...districts.planAreas());
  const located = new Set(projects.flatMap((p) => p.districts.map((d) => d.name)));
  bundleDistricts.push(...districts.unlistedDistricts().filter((u) => located.has(u.name) && !bundleDistricts.some((d) => d.name === u.name)));

  // Organisations named in projects.
  for (const project of projects) {
    const mention = mentionsOf(project)[0];
    for (const org of mentionsOf(project).flatMap((m) => m.orgs)) {
      const id = registry.add({
        name: org.name,
        kind: org.kind,
        aliases: org.form === org.name ? [] : [org.form],
        district: null,
        duties: null,
        evidence: { document: mention.document, line: mention.line, quote: mention.quote, basis: 'stated', rule: org.rule },
      });
      if (!project.orgs.includes(id)) project.orgs.push(id);
    }
    for (const id of project.orgs) {
      responsibilities.push({
        subjectKind: 'project',
        subjectId: project.id,
        unitId: id,
        role: 'implementing',
        evidence: { document: mention.document, line: mention.line, quote: mention.quote, basis: 'stated', rule: 'org-in-project' },
      });
    }
  }

  // Project → government of its district, and → the department whose remit covers its industry.
  for (const project of projects) {
    for (const link of project.districts) {
      const district = bundleDistricts.find((d) => d.name === link.name);
      if (!district?.governmentId || !registry.has(district.governmentId)) continue;
      responsibilities.push({
        subjectKind: 'project',
        subjectId: project.id,
        unitId: district.governmentId,
        role: 'district',
        evidence: { document: link.document, line: link.line, quote: link.quote, basis: 'derived', rule: 'district-government-of-located-project' },
      });
    }
    const primary = project.industries[0];
    const remit = primary && profile.remit.find((r) => r.industry === primary.code);
    const department = remit && unitId(registry.resolve(remit.department));
    if (department && registry.has(department)) {
      responsibilities.push({
        subjectKind: 'project',
        subjectId: project.id,
        unitId: department,
        role: 'remit',
        evidence: { document: project.source.document, line: project.source.line, quote: project.source.quote, basis: 'derived', rule: 'department-remit' },
      });
    }
  }

  // Task and unit references now point at the merged units.
  const tasks: Task[] = plan.tasks.map((task) => ({
    ...task,
    units: dedupe(task.units.map((u) => ({ ...u, unitId: registry.rewrite(u.unitId) })), (u) => `${u.unitId}|${u.role}`),
    projectIds: [...new Set([...task.projectIds, ...projects.filter((p) => task.text.includes(p.name)).map((p) => p.id)])],
  }));
  for (const r of plan.responsibilities) {
    responsibilities.push({
      ...r,
      unitId: registry.rewrite(r.unitId),
      subjectId: r.subjectKind === 'unit' ? registry.rewrite(r.subjectId) : r.subjectId,
    });
  }

  responsibilities.push(...supervisors(registry, profile, plan, rules));

  return {
    plan: plan.identity,
    documents: plan.documents,
    chapters: plan.chapters,
    boxes: plan.boxes.map(toBundleBox),
    industries,
    indicators: linkIndicators(plan.indicators, industryRules, industries),
    districts: bundleDistricts,
    places,
    units: registry.all(),
    projects,
    tasks,
    responsibilities: dedupe(
      responsibilities.filter((r) => !(r.subjectKind === 'unit' && r.subjectId === r.unitId)),
      (r) => `${r.subjectKind}|${r.subjectId}|${r.unitId}|${r.role}`,
    ),
    warnings: plan.warnings,
  };
}

interface BuildContext {
  profile: CityProfile;
  rules: ExtractRules;
  industryRules: IndustryRules;
  districts: DistrictResolver;
  known: ReadonlySet<string>;
  placeNames: string[];
}

const mentionIndex = new WeakMap<Project, ProjectMention[]>();

function mentionsOf(project: Project): ProjectMention[] {
  return mentionIndex.get(project) ?? [];
}

function buildProjects(mentions: ProjectMention[], ctx: BuildContext): { projects: Project[]; places: Place[] } {
  const byName = new Map<string, ProjectMention[]>();
  for (const mention of mentions) {
    const key = normaliseName(mention.name);
    const list = byName.get(key) ?? [];
    if (!list.some((m) => m.box === mention.box && m.item === mention.item && m.line === mention.line)) list.push(mention);
    byName.set(key, list);
  }
  const places = new Map<string, Place>();
  const projects: Project[] = [];
  for (const [name, list] of byName) {
    const first = list[0];
    const evidence = (m: ProjectMention, basis: Evidence['basis'], rule: string): Evidence => ({
      document: m.document,
      line: m.line,
      quote: m.quote,
      basis,
      rule,
    });
    const districtLinks: Project['districts'] = [];
    const addDistrict = (districtName: string, e: Evidence) => {
      if (!districtLinks.some((d) => d.name === districtName)) districtLinks.push({ name: districtName, ...e });
    };
    for (const m of list) {
      for (const hit of ctx.districts.find(m.name)) addDistrict(hit.name, evidence(m, 'stated', 'district-in-name'));
      if (m.distributedDistrict) addDistrict(m.distributedDistrict, evidence(m, 'stated', 'district-prefix'));
      if (districtLinks.length === 0) for (const d of m.subjectDistricts) addDistrict(d, evidence(m, 'stated', 'district-subject'));
    }
    const placeLinks: Project['places'] = [];
    for (const placeName of ctx.placeNames) {
      if (!name.includes(placeName) || placeLinks.some((p) => places.get(p.id)?.name.includes(placeName))) continue;
      const entry = ctx.profile.places.find((p) => p.name === placeName)!;
      const id = placeId(placeName);
      places.set(id, { id, name: placeName, district: entry.district });
      placeLinks.push({ id, ...evidence(first, 'stated', 'place-in-name') });
      if (entry.district && districtLinks.length === 0) addDistrict(entry.district, evidence(first, 'derived', 'place-gazetteer'));
    }
    const industryLinks: Project['industries'] = [];
    for (const m of list) {
      for (const choice of industriesOfMention(m, ctx.industryRules, ctx.known)) {
        if (!industryLinks.some((l) => l.code === choice.code)) {
          industryLinks.push({ code: choice.code, ...evidence(m, 'derived', choice.rule) });
        }
      }
    }
    const project: Project = {
      id: projectId(name),
      name,
      tier: list.some((m) => m.tier === 'A') ? 'A' : 'B',
      box: first.box,
      boxes: [...new Set(list.map((m) => m.box))],
      item: first.item,
      chapterId: first.chapterId,
      kind: kindOf(name, ctx.rules),
      mentions: list.map((m) => ({ box: m.box, item: m.item, line: m.line, quote: m.quote })),
      industries: industryLinks,
      districts: districtLinks,
      places: placeLinks,
      orgs: [],
      source: { document: first.document, line: first.line, quote: first.quote, basis: 'stated', rule: first.rule },
    };
    mentionIndex.set(project, list);
    projects.push(project);
  }
  return { projects, places: [...places.values()] };
}

/** The facility kind: the kind whose match word stands latest in the name (the head noun). */
function kindOf(name: string, rules: ExtractRules): string | null {
  let best: { kind: string; end: number; length: number } | null = null;
  for (const { kind, match } of rules.kinds) {
    for (const word of match) {
      const index = name.lastIndexOf(word);
      if (index < 0) continue;
      const end = index + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { kind, end, length: word.length };
    }
  }
  return best?.kind ?? null;
}

/** The plan is issued by the city government: the notice publishing the plan, naming it, is the evidence. */
function cityGovernmentSource(plan: ParsedPlan, government: string): Evidence | null {
  const document = plan.documents.find((d) => d.kind === 'plan') ?? plan.documents[0];
  if (!document) return null;
  const issuing = plan.notices.find((l) => l.line >= document.line && l.line <= document.endLine && l.text.includes(government));
  if (issuing) return { document: document.id, line: issuing.line, quote: issuing.text, basis: 'stated', rule: 'issuing-notice' };
  if (!document.title.includes(government)) return null;
  return { document: document.id, line: document.line, quote: document.title, basis: 'stated', rule: 'issuing-notice' };
}

/**
 * Departments and district governments answer to the city government, as the notices addressed
 * to them say; enterprises, institutions and units outside the city government answer to no one here.
 */
function supervisors(registry: UnitRegistry, profile: CityProfile, plan: ParsedPlan, rules: ExtractRules): Responsibility[] {
  if (!profile.city) return [];
  const city = unitId(registry.resolve(profile.city.government.name));
  if (!registry.has(city)) return [];
  const out: Responsibility[] = [];
  for (const unit of registry.all()) {
    if (unit.id === city) continue;
    if (profile.notUnderCityGovernment.some((w) => unit.name.includes(w))) continue;
    let evidence: Evidence | null = null;
    if (unit.kind === 'department') {
      evidence = addresseeEvidence(plan.addressees, plan.documents, unit.evidence.document, rules.addressees.departments, 'city-department');
    } else if (unit.kind === 'district-government') {
      evidence = addresseeEvidence(plan.addressees, plan.documents, unit.evidence.document, rules.addressees.districts, 'district-government');
    }
    if (evidence) out.push({ subjectKind: 'unit', subjectId: unit.id, unitId: city, role: 'supervisor', evidence });
  }
  return out;
}

export function cityForms(profile: CityProfile): string[] {
  return profile.city ? longestFirst([profile.city.name, ...profile.city.shortForms]) : [];
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

