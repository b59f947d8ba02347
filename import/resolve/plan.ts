import { RULES, type RuleId } from '../../graph/rules';
import type { Bundle, District, Evidence, Industry, Place, Project, Responsibility, Task } from '../bundle/schema';
import {
  type CityProfile,
  districtSource,
  emptyProfile,
  profileAppliesTo,
  profileLine,
  profilePremise,
} from '../city/profile';
import { toBundleBox, type ParsedPlan } from '../parse/types';
import { autonomousShortForms } from '../text/patterns';
import { DistrictResolver } from './districts';
import { industriesOfMention, linkIndicators, titlesWithoutAreas, type IndustryContext } from './industries';
import { type IndustryLexicon, sharedIndustryLexicon } from './industry-lexicon';
import { indicatorNameEn, indicatorUnitEn, loadIndicatorTerms, type IndicatorTerms } from './indicator-names';
import { OrgFinder } from './orgs';
import { addresseeEvidence, reportsToEvidence } from './source';
import { loadChainVocabulary, taskChainResponsibilities, type ChainVocabulary } from './task-chains';
import { explained, withAlias } from './evidence';
import { profileNaming } from './units';
import { UnitRegistry } from '../parse/units';
import { facilityKind } from '../extract/facility-kinds';
import { extractBoxMentions, grownFirms, type ProjectMention } from '../extract/projects';
import type { DistrictHit, OrgHit } from '../extract/lookups';
import {
  loadExtractRules,
  loadIndustryRules,
  longestFirst,
  type ExtractRules,
  type IndustryRules,
} from '../extract/rules';
import { normaliseName, placeId, projectId, unitId } from '../bundle/ids';

export type PlanContent = Omit<Bundle, 'version' | 'source'>;

export interface ExtractOptions {
  rules?: ExtractRules;
  industryRules?: IndustryRules;
  /** Sector terms over the industry codes; by default data/industry-lexicon.tsv. */
  lexicon?: IndustryLexicon;
  chains?: ChainVocabulary;
  /** English of indicator names and units; by default data/indicator-terms.tsv. */
  indicatorTerms?: IndicatorTerms;
}

/** Where a project's mention names a body: its own line (a 责任单位 line, a clause) or the mention's sentence. */
function orgEvidence(org: OrgHit, m: ProjectMention): Evidence {
  return {
    document: m.document,
    line: org.source?.line ?? m.line,
    quote: org.source?.quote ?? m.quote,
    basis: 'stated',
    rule: org.rule,
  };
}

/**
 * Adds the plan's named projects, places, districts and resolved units to the parsed structure.
 * The profile is used only when it is of the plan's own city.
 */
export function extractPlan(
  plan: ParsedPlan,
  cityProfile: CityProfile,
  industries: Industry[],
  options: ExtractOptions = {},
): PlanContent {
  const profile = profileAppliesTo(cityProfile, plan.identity) ? cityProfile : emptyProfile();
  const rules = options.rules ?? loadExtractRules();
  const industryRules = options.industryRules ?? loadIndustryRules();
  const placeNames = longestFirst(profile.places.map((p) => p.name));
  const { identity } = plan;
  const whole = [identity.region, identity.parentCity, identity.city].filter((n): n is string => n !== null);
  // The plan's own area is also written without its suffix (栖云 of 栖云市, 甲岭 and 甲岭州 of 甲岭苗族自治州).
  const territoryStems = whole.flatMap(territoryShortForms);
  const districts = new DistrictResolver(profile, rules, {
    level: identity.level,
    whole,
    areas: plan.areas,
    addressed: plan.addressees.map((a) => a.text).join('\n'),
    ownStems: territoryStems,
  });
  // The plan's own area, its districts and its places name no firm; nor does a base's or a park's stem
  // (蒎梁 of 蒎梁基地 in 蒎梁煤矿二期), as a town's does not.
  const zoneStems = districts.names().flatMap((n) => ZONE_STEM.exec(n)?.[1] ?? []);
  const known = new Set(industries.map((i) => i.code));
  const lexicon = options.lexicon ?? sharedIndustryLexicon(known);
  const reader = new OrgFinder(
    profile,
    rules,
    longestFirst([...placeNames, ...districts.names(), ...territoryStems, ...zoneStems]),
    [],
    (word) => lexicon.match(word).some((m) => m.start === 0 && m.end === word.length),
  );
  const placeDistricts = new Map(profile.places.map((p) => [p.name, p.district]));
  const ambiguousForms = profile.ambiguousShortForms.map((a) => a.form);
  const ctx = {
    rules,
    districts,
    orgs: reader,
    places: placeNames,
    placeDistricts,
    ambiguousForms,
    cityForms: longestFirst([...cityForms(profile), ...whole, ...territoryStems]),
    features: plan.features,
  };

  // Firms are learnt from a first reading, so that one a later box names (德宇 of 德宇冷链物流中心)
  // is also the one an earlier box names; the second reading asks a finder that knows them.
  // Firms a box names as the ones to grow (支持A、B做大做强) are known by those names too.
  const firstReading = plan.boxes.flatMap((box) => extractBoxMentions(box, { ...ctx, orgs: reader }));
  // A name the first reading took for a longer firm's (甲乙轴承新能源 of 甲乙轴承新能源汽车…) is the stated one.
  const grown = plan.boxes.flatMap((box) => grownFirms(box, ctx));
  // A firm named in full (by the prose, or as one to grow) is known by its name without its legal form.
  const learnt = OrgFinder.learn(
    firstReading.flatMap((m) => m.orgs),
    rules,
    [...plan.firms, ...grown],
  ).filter((k) => k.form !== undefined || !grown.some((name) => k.name.includes(name)));
  const grownByName = grown
    .filter((name) => !learnt.some((k) => k.name === name))
    .map((name) => ({ name, kind: 'enterprise' as const }));
  const orgs = reader.knowing([...learnt, ...grownByName]);
  const mentions = plan.boxes.flatMap((box) => extractBoxMentions(box, { ...ctx, orgs }));
  const indicatorTerms = options.indicatorTerms ?? loadIndicatorTerms();
  // A plan's departments take its own kind of area: 县发改委, 旗农牧局, (county-level) 市教育局, 地区交通运输局, 州民宗委.
  const ownKind = /(地区|自治州|县|旗|市|区|州|盟)$/.exec(identity.region ?? '')?.[1];
  const levelPrefix =
    identity.level === 'province'
      ? '省'
      : ownKind === '自治州'
        ? '州'
        : (ownKind ?? (identity.level === 'county' ? '县' : '市'));
  const parks = new Set(
    districts
      .planAreas()
      .filter((a) => a.kind === 'park')
      .map((a) => a.name),
  );
  const registry = new UnitRegistry(
    profileNaming(profile, profile === cityProfile ? profile.departmentPrefix : levelPrefix, {
      shortNames: plan.shortNames,
      parkOf: (text) => {
        const hit = districts.alone(text);
        return hit && !hit.unlisted && parks.has(hit.name) ? hit.name : null;
      },
    }),
  );
  const responsibilities: Responsibility[] = [];

  const chapters = new Map(plan.chapters.map((c) => [c.id, c]));
  const industry: IndustryContext = {
    rules: industryRules,
    lexicon,
    known,
    chapterTitles: (chapterId) => {
      const titles: string[] = [];
      for (
        let c = chapterId ? chapters.get(chapterId) : undefined;
        c;
        c = c.parentId ? chapters.get(c.parentId) : undefined
      )
        titles.push(c.title);
      return titles;
    },
    withoutAreas: titlesWithoutAreas(districts.planAreas().map((a) => a.name)),
  };
  const { projects, places } = buildProjects(mentions, { profile, rules, industry, districts, placeNames });
  // Said rather than guessed: a project nothing files under a sector gets no industry.
  const unfiled = projects
    .filter((p) => p.industries.length === 0)
    .map((p) => ({
      file: plan.file,
      line: p.source.line,
      message: `no industry for “${p.name}”: nothing in its name, item, box, chapter or sentence names a sector`,
    }));

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
  const districtEvidence = addresseeEvidence(
    plan.addressees,
    plan.documents,
    null,
    rules.addressees.districts,
    'district-government',
  );
  const bundleDistricts: District[] = profile.districts.map((d) => ({
    name: d.name,
    kind: d.kind,
    shortForms: d.shortForms,
    governmentId: unitId(registry.canonicalName(d.government.name)),
    governmentEvidence: governmentEvidence(profile, d.name),
  }));
  for (const d of profile.districts) {
    if (!districtEvidence) continue;
    registry.add({
      name: d.government.name,
      kind: 'district-government',
      aliases: d.government.aliases,
      district: d.name,
      duties: null,
      evidence: districtEvidence,
    });
  }
  for (const district of bundleDistricts) if (!registry.has(district.governmentId ?? '')) district.governmentId = null;
  // The plan's own areas its text names, then those recognised by their suffix in a project's name.
  bundleDistricts.push(...districts.planAreas());
  for (const name of new Set(projects.flatMap((p) => p.districts.map((d) => d.name))))
    if (!bundleDistricts.some((d) => d.name === name)) bundleDistricts.push(districts.unlistedDistrict(name));

  // Organisations named in projects.
  for (const project of projects) {
    const mention = mentionsOf(project)[0];
    // Bodies a clause or a 责任单位 line gives the project: their own line, rule and part.
    const said = new Map<string, { org: OrgHit; mention: ProjectMention }>();
    const firms = mentionsOf(project).flatMap((m) =>
      m.orgs.filter((o) => SAID_UNIT_RULES.has(o.rule) && o.kind === 'enterprise'),
    );
    for (const m of mentionsOf(project)) {
      for (const found of m.orgs) {
        const org = asStatedFirm(found, firms);
        const { id } = registry.add({
          name: org.name,
          kind: org.kind,
          aliases: org.form === org.name ? [] : [org.form],
          district: null,
          duties: null,
          evidence: orgEvidence(org, m),
        });
        if (!project.orgs.includes(id)) project.orgs.push(id);
        if (SAID_UNIT_RULES.has(org.rule) && !said.has(id)) said.set(id, { org, mention: m });
      }
    }
    for (const id of project.orgs) {
      const unit = registry.get(id)!;
      const forms = [unit.name, ...unit.aliases];
      const stated = said.get(id);
      if (stated) {
        const { org, mention: m } = stated;
        responsibilities.push({
          subjectKind: 'project',
          subjectId: project.id,
          unitId: id,
          role: org.role ?? 'implementing',
          evidence: orgEvidence(org, m),
        });
        continue;
      }
      const named = mentionsOf(project).find((m) => forms.some((f) => outsideName(m.quote, m.name, f)));
      const evidence: Evidence = named
        ? { document: named.document, line: named.line, quote: named.quote, basis: 'stated', rule: 'org-in-project' }
        : {
            document: mention.document,
            line: mention.line,
            quote: mention.quote,
            basis: 'derived',
            rule: 'org-in-project-name',
            why: {
              zh: `依据：“${unit.name}”仅见于项目名称“${project.name}”之中，按项目名称中的企业字号视为其实施单位`,
              en: `“${unit.name}” appears only inside the project name “${project.name}”; a firm named in a project's name is taken as the one carrying it out`,
            },
            premises: [{ kind: 'gazette', document: mention.document, line: mention.line, quote: mention.quote }],
          };
      responsibilities.push({
        subjectKind: 'project',
        subjectId: project.id,
        unitId: id,
        role: 'implementing',
        evidence,
      });
    }
  }

  // Task and unit references now point at the merged units.
  const tasks: Task[] = plan.tasks.map((task) => ({
    ...task,
    units: dedupe(
      task.units.map((u) => ({ ...u, unitId: registry.rewrite(u.unitId) })),
      (u) => `${u.unitId}|${u.role}`,
    ),
    projectIds: [
      ...new Set([...task.projectIds, ...projects.filter((p) => task.text.includes(p.name)).map((p) => p.id)]),
    ],
  }));

  // Responsibility from the gazette first: the work points that cover a project's chain.
  const governmentOf = (name: string) => {
    const id = bundleDistricts.find((d) => d.name === name)?.governmentId;
    return id && registry.has(id) ? id : null;
  };
  const fromTasks = taskChainResponsibilities(projects, {
    tasks,
    industries,
    documents: plan.documents,
    vocabulary: options.chains ?? loadChainVocabulary(),
    governmentOf,
  });
  responsibilities.push(...fromTasks);
  const ledByTask = new Set(fromTasks.filter((r) => r.role === 'lead').map((r) => r.subjectId));

  // Project → government of its district; → the department of the profile's remit where the gazette names none.
  const industryName = new Map(industries.map((i) => [i.code, i]));
  for (const project of projects) {
    for (const link of project.districts) {
      const government = governmentOf(link.name);
      const governmentName = registry.get(government ?? '')?.name ?? '';
      const entry = profilePremise(
        profile,
        `districts: ${link.name} → ${governmentName}`,
        { zh: `${link.name}由${governmentName}管辖`, en: `${governmentName} governs ${link.name}` },
        districtSource(profile, link.name),
      );
      if (!government || !entry) continue;
      responsibilities.push({
        subjectKind: 'project',
        subjectId: project.id,
        unitId: government,
        role: 'district',
        evidence: {
          document: link.document,
          line: link.line,
          quote: link.quote,
          basis: 'derived',
          rule: 'district-government-of-located-project',
          why: {
            zh: `依据：该项目位于${link.name}，${link.name}由${registry.get(government)!.name}管辖（城市资料）`,
            en: `The project lies in ${link.name}, which ${registry.get(government)!.name} governs (city profile)`,
          },
          premises: [{ kind: 'gazette', document: link.document, line: link.line, quote: link.quote }, entry],
        },
      });
    }
    const primary = project.industries[0];
    if (!primary || ledByTask.has(project.id)) continue;
    const remit = profile.remit.find((r) => r.industry === primary.code);
    const department = remit && unitId(registry.canonicalName(remit.department));
    const industry = industryName.get(primary.code);
    const entry =
      remit &&
      profilePremise(
        profile,
        `remit: ${remit.industry} → ${remit.department}`,
        {
          zh: `“${industry?.zh ?? remit.industry}”领域由${remit.department}主管`,
          en: `${remit.department} is in charge of the ${industry?.en ?? remit.industry} field`,
        },
        { en: remit.source, zh: remit.sourceZh },
      );
    if (!department || !registry.has(department) || !entry) continue;
    responsibilities.push({
      subjectKind: 'project',
      subjectId: project.id,
      unitId: department,
      role: 'remit',
      evidence: {
        document: primary.document,
        line: primary.line,
        quote: primary.quote,
        basis: 'derived',
        rule: 'profile-remit',
        why: {
          zh: `依据：该项目属于“${industry?.zh ?? primary.code}”领域，规划文件未写明责任部门；城市资料列该领域由${remit.department}主管`,
          en: `The project is of the ${industry?.en ?? primary.code} field and the gazette names no department for it; the city profile lists ${remit.department} for that field`,
        },
        premises: [{ kind: 'gazette', document: primary.document, line: primary.line, quote: primary.quote }, entry],
      },
    });
  }
  for (const r of plan.responsibilities) {
    responsibilities.push({
      ...r,
      unitId: registry.rewrite(r.unitId),
      subjectId: r.subjectKind === 'unit' ? registry.rewrite(r.subjectId) : r.subjectId,
    });
  }

  // A sentence stating the supervising body comes before the notice it is otherwise read from.
  responsibilities.push(...statedSupervisors(registry, plan), ...supervisors(registry, profile, plan, rules));
  const unitsById = new Map(registry.all().map((u) => [u.id, u]));
  const subjectForms = (r: Responsibility): string[] => {
    if (r.subjectKind === 'unit') return unitForms(unitsById.get(r.subjectId));
    if (r.subjectKind === 'task') return [tasks.find((t) => t.id === r.subjectId)?.text ?? ''];
    return [projects.find((p) => p.id === r.subjectId)?.name ?? ''];
  };
  // Every link names its ends or the alias it names them by; a derived link whose premises lack evidence is dropped.
  const explainedResponsibilities = responsibilities
    .map((r) => ({
      ...r,
      evidence: withAlias(explained(r.evidence), [subjectForms(r), unitForms(unitsById.get(r.unitId))]),
    }))
    .filter((r) => r.evidence.basis === 'stated' || (r.evidence.premises?.length ?? 0) > 0);

  return {
    plan: plan.identity,
    documents: plan.documents,
    chapters: plan.chapters,
    boxes: plan.boxes.map(toBundleBox),
    industries,
    indicators: linkIndicators(plan.indicators, industryRules, industries).map((indicator) => ({
      ...indicator,
      nameEn: indicatorNameEn(indicator.name, indicatorTerms),
      unitEn: indicatorUnitEn(indicator.unit, indicatorTerms),
    })),
    districts: bundleDistricts,
    places,
    units: registry.all(),
    projects: projects.map(explainProject),
    tasks,
    responsibilities: dedupe(
      explainedResponsibilities.filter((r) => !(r.subjectKind === 'unit' && r.subjectId === r.unitId)),
      (r) => `${r.subjectKind}|${r.subjectId}|${r.unitId}|${r.role}`,
    ),
    warnings: [...plan.warnings, ...unfiled],
  };
}

interface BuildContext {
  profile: CityProfile;
  rules: ExtractRules;
  industry: IndustryContext;
  districts: DistrictResolver;
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
    if (!list.some((m) => m.box === mention.box && m.item === mention.item && m.line === mention.line))
      list.push(mention);
    byName.set(key, list);
  }
  const places = new Map<string, Place>();
  const projects: Project[] = [];
  for (const [name, list] of byName) {
    const first = list[0];
    const evidence = (m: ProjectMention, basis: Evidence['basis'], rule: RuleId): Evidence => ({
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
      // A short form in the name (棂星 of 棂星街道 in 棂星门…) yields to a location stated for it (（位于甓市街道）).
      const located = m.locatedDistricts.length + m.bracketDistricts.length + m.locatedAfter.length > 0;
      // 甲山能源集团X煤矿: a short form inside a firm's name names the firm, not where its project lies.
      const inFirm = (hit: DistrictHit) =>
        hit.form !== hit.name &&
        m.orgs.some((o) => {
          const at = o.kind === 'enterprise' ? m.name.indexOf(o.form) : -1;
          // 蒎梁基地 after a firm read as 蒎梁: the area's form runs past the firm's, so it is the area's.
          return at >= 0 && hit.index >= at && hit.index + hit.form.length <= at + o.form.length;
        });
      for (const hit of ctx.districts.find(m.name))
        if ((!located || hit.form === hit.name) && !isZoneItself(m.name, hit) && !inFirm(hit))
          addDistrict(hit.name, evidence(m, 'stated', 'district-in-name'));
      if (m.distributedDistrict) addDistrict(m.distributedDistrict, evidence(m, 'stated', 'district-prefix'));
      for (const d of m.locatedDistricts) addDistrict(d, evidence(m, 'stated', 'district-location-cell'));
      for (const d of m.bracketDistricts) addDistrict(d, evidence(m, 'stated', 'district-in-name'));
      for (const d of m.locatedAfter) addDistrict(d, evidence(m, 'stated', 'district-located'));
      for (const d of m.clauseDistricts)
        addDistrict(d.name, {
          ...evidence(m, 'stated', d.rule),
          ...(d.source && { line: d.source.line, quote: d.source.quote }),
        });
      if (districtLinks.length === 0)
        for (const d of m.subjectDistricts) addDistrict(d, evidence(m, 'stated', 'district-subject'));
      // A heading scopes the projects under it that name no area of their own; its line is the quote.
      if (districtLinks.length === 0 && m.heading)
        addDistrict(m.heading.district, {
          ...evidence(m, 'stated', 'district-heading'),
          line: m.heading.line,
          quote: m.heading.text,
        });
    }
    const placeLinks: Project['places'] = [];
    for (const placeName of ctx.placeNames) {
      if (!name.includes(placeName) || placeLinks.some((p) => places.get(p.id)?.name.includes(placeName))) continue;
      const entry = ctx.profile.places.find((p) => p.name === placeName)!;
      const id = placeId(placeName);
      const premise = entry.district
        ? profilePremise(
            ctx.profile,
            `places: ${placeName} → ${entry.district}`,
            { zh: `${placeName}位于${entry.district}`, en: `${placeName} lies in ${entry.district}` },
            { en: entry.basis, zh: entry.basisZh },
          )
        : null;
      const placeWhy = {
        zh: `依据：城市资料列${placeName}位于${entry.district}`,
        en: `The city profile puts ${placeName} in ${entry.district}`,
      };
      if (!places.has(id)) {
        places.set(id, {
          id,
          name: placeName,
          district: premise ? entry.district : null,
          ...(premise && {
            evidence: {
              ...evidence(first, 'derived', 'place-district'),
              why: placeWhy,
              premises: [{ kind: 'gazette', document: first.document, line: first.line, quote: first.quote }, premise],
            },
          }),
        });
      }
      placeLinks.push({ id, ...evidence(first, 'stated', 'place-in-name') });
      if (entry.district && premise && districtLinks.length === 0 && !takenElsewhere(name, placeName, ctx.rules)) {
        addDistrict(entry.district, {
          ...evidence(first, 'derived', 'place-gazetteer'),
          why: {
            zh: `依据：项目名称含地名“${placeName}”，城市资料列${placeName}位于${entry.district}`,
            en: `The project name holds the place “${placeName}”, which the city profile puts in ${entry.district}`,
          },
          premises: [{ kind: 'gazette', document: first.document, line: first.line, quote: first.quote }, premise],
        });
      }
    }
    const industryLinks: Project['industries'] = [];
    for (const m of list) {
      for (const choice of industriesOfMention(m, ctx.industry)) {
        if (!industryLinks.some((l) => l.code === choice.code)) {
          const rule = RULES[choice.rule];
          const found = choice.where === choice.because ? '' : choice.where;
          industryLinks.push({
            code: choice.code,
            ...evidence(m, 'derived', choice.rule),
            why: {
              zh: `依据：${rule.zh}（“${choice.because}”${found && `，见“${found}”`}）`,
              en: `${rule.en} (“${choice.because}”${found && ` in “${found}”`})`,
            },
            premises: [{ kind: 'gazette', document: m.document, line: m.line, quote: m.quote }],
          });
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
      kind: facilityKind(name)?.kind ?? null,
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

/**
 * 陶溪川创意市集落地北京: the name takes the project from the place it names to another one, so the
 * place's district is not the project's (a district is derived from a place only when the project is there).
 */
export function takenElsewhere(name: string, place: string, rules: Pick<ExtractRules, 'elsewhereMarkers'>): boolean {
  const after = name.slice(name.indexOf(place) + place.length);
  return rules.elsewhereMarkers.some((marker) => after.includes(marker));
}

/** The plan is issued by the city government: the notice publishing the plan, naming it, is the evidence. */
function cityGovernmentSource(plan: ParsedPlan, government: string): Evidence | null {
  const document = plan.documents.find((d) => d.kind === 'plan') ?? plan.documents[0];
  if (!document) return null;
  const issuing = plan.notices.find(
    (l) => l.line >= document.line && l.line <= document.endLine && l.text.includes(government),
  );
  if (issuing)
    return { document: document.id, line: issuing.line, quote: issuing.text, basis: 'stated', rule: 'issuing-notice' };
  if (!document.title.includes(government)) return null;
  return { document: document.id, line: document.line, quote: document.title, basis: 'stated', rule: 'issuing-notice' };
}

/**
 * Departments and district governments answer to the city government, as the notices addressed
 * to them say; enterprises, institutions and units outside the city government answer to no one here.
 */
function supervisors(
  registry: UnitRegistry,
  profile: CityProfile,
  plan: ParsedPlan,
  rules: ExtractRules,
): Responsibility[] {
  if (!profile.city) return [];
  const city = unitId(registry.canonicalName(profile.city.government.name));
  if (!registry.has(city)) return [];
  const out: Responsibility[] = [];
  const cityName = registry.get(city)!.name;
  const cityUnit = { name: cityName, forms: unitForms(registry.get(city)) };
  for (const unit of registry.all()) {
    if (unit.id === city) continue;
    if (profile.notUnderCityGovernment.some((w) => unit.name.includes(w))) continue;
    const markers =
      unit.kind === 'department'
        ? rules.addressees.departments
        : unit.kind === 'district-government'
          ? rules.addressees.districts
          : null;
    const evidence = markers && reportsToEvidence(plan, unit.evidence, unit, cityUnit, markers);
    if (evidence) out.push({ subjectKind: 'unit', subjectId: unit.id, unitId: city, role: 'supervisor', evidence });
  }
  return out;
}

/**
 * Units whose supervising body a sentence states (市工信局对市人民政府负责): stated links, quoting
 * that sentence, for the names that are known units of the plan.
 */
function statedSupervisors(registry: UnitRegistry, plan: ParsedPlan): Responsibility[] {
  const known = (name: string) => {
    const id = unitId(registry.canonicalName(name));
    return registry.has(id) ? [id] : [];
  };
  return plan.supervision.flatMap((statement) =>
    statement.units.flatMap(known).flatMap((subjectId) =>
      statement.supervisors
        .flatMap(known)
        .filter((unit) => unit !== subjectId)
        .map((unit): Responsibility => ({
          subjectKind: 'unit',
          subjectId,
          unitId: unit,
          role: 'supervisor',
          evidence: {
            document: statement.document,
            line: statement.line,
            quote: statement.quote,
            basis: 'stated',
            rule: 'supervision-statement',
          },
        })),
    ),
  );
}

/**
 * The forms an area's own plan writes it by besides its full name: its stem (栖云 of 栖云市), and for an
 * autonomous area the stem before its peoples' names with and without the kind (甲岭 and 甲岭州 of
 * 甲岭苗族侗族自治州, as 州直 and 州府 speak of the prefecture).
 */
export function territoryShortForms(name: string): string[] {
  const autonomous = autonomousShortForms(name);
  const forms = autonomous ? [autonomous.stem, autonomous.withKind] : [name.replace(/(省|市|县|区|州|盟|旗)$/, '')];
  return forms.filter((form) => form.length >= 2 && form !== name);
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

/** A unit's name and aliases: the forms a quote may name it by. */
function unitForms(unit: { name: string; aliases: string[] } | undefined): string[] {
  return unit ? [unit.name, ...unit.aliases] : [];
}

/** A short form of a base or park (蒎梁基地, 甲乙园区) and its stem. */
const ZONE_STEM = /^(\p{Script=Han}{2,3}?)(?:基地|园区|经开区|高新区)$/u;

/** Rules of bodies the text gives a project in so many words: who leads, supports or carries it out. */
const SAID_UNIT_RULES: ReadonlySet<OrgHit['rule']> = new Set([
  'org-responsible-cell',
  'org-matrix-mark',
  'org-responsible-line',
  'org-table-note',
  'org-unit-code',
  'org-footnote',
  'org-undertaker',
  'org-respectively',
  'org-lead-clause',
  'org-support-clause',
]);

/**
 * A firm a project's name names by its short name (鋐泰汽配…项目) where a cell or line of the same project states it in
 * full (鋐泰汽车零部件有限公司): the stated firm, the short name its alias. Two firms of one project sharing the first
 * two characters of their names are one firm.
 */
function asStatedFirm(org: OrgHit, firms: OrgHit[]): OrgHit {
  if (SAID_UNIT_RULES.has(org.rule) || org.kind !== 'enterprise') return org;
  const full = firms.find(
    (f) => f.name !== org.name && f.name.length > org.name.length && f.name.startsWith(org.name.slice(0, 2)),
  );
  return full ? { ...org, name: full.name, kind: full.kind } : org;
}

/** Whether `quote` names `form` somewhere other than inside the project name `name`. */
function outsideName(quote: string, name: string, form: string): boolean {
  return name !== '' && quote.split(name).some((part) => part.includes(form));
}

/** The profile entry that a district's government governs it, as evidence of GOVERNS. */
function governmentEvidence(profile: CityProfile, name: string): Evidence | undefined {
  const district = profile.districts.find((d) => d.name === name);
  const entry =
    district &&
    profilePremise(
      profile,
      `districts: ${name} → ${district.government.name}`,
      { zh: `${name}由${district.government.name}管辖`, en: `${district.government.name} governs ${name}` },
      { en: district.source, zh: district.sourceZh },
    );
  if (!district || !entry) return undefined;
  return {
    document: entry.file,
    line: profileLine(profile, `"name": "${name}"`),
    quote: `${name} → ${district.government.name}`,
    basis: 'derived',
    rule: 'district-government',
    why: {
      zh: `依据：城市资料列${name}由${district.government.name}管辖`,
      en: `The city profile lists ${district.government.name} as governing ${name}`,
    },
    premises: [entry],
  };
}

/** A project's derived links each say why they hold. */
function explainProject(project: Project): Project {
  return {
    ...project,
    industries: project.industries.map((l) => ({ ...l, ...explained(l) })),
    districts: project.districts.map((l) => ({ ...l, ...explained(l) })),
    places: project.places.map((l) => ({ ...l, ...explained(l) })),
  };
}

/** A zone's own name and its works only (甲乙产业园二期, 甲乙开发区扩区): the project is the zone, not one in it. */
const ZONE = /(园|园区|开发区|高新区|经开区|新区|合作区|保税区)$/;
const ZONE_WORKS = /^(（?[一二三四五六七八九十]期(工程)?）?|扩区|扩容|扩建|提升|建设)*$/;

function isZoneItself(name: string, hit: { name: string; form: string; index: number }): boolean {
  return hit.index === 0 && ZONE.test(hit.name) && ZONE_WORKS.test(name.slice(hit.form.length));
}
