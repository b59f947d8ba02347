import type { Bundle, Evidence } from './schema';

/** One link of the bundle with its evidence and the forms each end may be named by. */
export interface AuditedLink {
  /** `project:… -[district]-> 浮梁县`, for the report. */
  label: string;
  evidence: Evidence;
  /** Each end's name first, then its other forms; a task's forms are its own text. */
  ends: [readonly string[], readonly string[]];
}

const ADDRESSEE_LINE = /[：:]$/;
const RESPONSIBLE_BRACKET = /^〔责任单位/;

/** Every link of a bundle that carries evidence: project links, responsibilities and district governments. */
export function linksOf(bundle: Bundle): AuditedLink[] {
  const units = new Map(bundle.units.map((u) => [u.id, [u.name, ...u.aliases]]));
  const projects = new Map(bundle.projects.map((p) => [p.id, p]));
  const tasks = new Map(bundle.tasks.map((t) => [t.id, t]));
  const districts = new Map(bundle.districts.map((d) => [d.name, [d.name, ...d.shortForms]]));
  const places = new Map(bundle.places.map((p) => [p.id, [p.name]]));
  const subject = (kind: string, id: string): readonly string[] => {
    if (kind === 'project') return [projects.get(id)?.name ?? id];
    if (kind === 'task') return [tasks.get(id)?.text ?? id];
    return units.get(id) ?? [id];
  };
  const links: AuditedLink[] = [];
  for (const p of bundle.projects) {
    for (const l of p.districts)
      links.push({
        label: `${p.name} -[district]-> ${l.name}`,
        evidence: l,
        ends: [[p.name], districts.get(l.name) ?? [l.name]],
      });
    for (const l of p.places)
      links.push({ label: `${p.name} -[place]-> ${l.id}`, evidence: l, ends: [[p.name], places.get(l.id) ?? [l.id]] });
    for (const l of p.industries)
      links.push({ label: `${p.name} -[industry]-> ${l.code}`, evidence: l, ends: [[p.name], [l.code]] });
  }
  for (const r of bundle.responsibilities) {
    const ends: AuditedLink['ends'] = [subject(r.subjectKind, r.subjectId), units.get(r.unitId) ?? [r.unitId]];
    links.push({ label: `${ends[0][0].slice(0, 30)} -[${r.role}]-> ${ends[1][0]}`, evidence: r.evidence, ends });
  }
  for (const d of bundle.districts) {
    if (!d.governmentId || !d.governmentEvidence) continue;
    links.push({
      label: `${d.governmentId} -[governs]-> ${d.name}`,
      evidence: d.governmentEvidence,
      ends: [units.get(d.governmentId) ?? [d.governmentId], [d.name, ...d.shortForms]],
    });
  }
  return links;
}

/** Whether the quote names an end: its name, one of its forms, or (a task) a piece of its own text. */
function names(quote: string, forms: readonly string[], alias: string | undefined): boolean {
  if (forms.some((f) => f !== '' && (quote.includes(f) || f.includes(quote)))) return true;
  // A recorded alias: one of the end's forms, or the head of its name (办公室 of 市民航应急指挥部办公室).
  return alias !== undefined && quote.includes(alias) && forms.some((f) => f === alias || f.endsWith(alias));
}

/**
 * What an auditor would refuse in a bundle: a stated link whose quote does not name both ends
 * (by name or the alias it records), a derived link without a reason in both languages or without
 * premises that carry their own evidence, and any link quoting an addressee line or a 〔责任单位〕
 * bracket that names neither of its ends. Returns one line per problem.
 */
export function auditEvidence(bundle: Bundle): string[] {
  const problems: string[] = [];
  for (const { label, evidence: e, ends } of linksOf(bundle)) {
    const named = ends.map((forms) => names(e.quote, forms, e.alias));
    if (e.basis === 'stated' && !(named[0] && named[1]))
      problems.push(`${label}: stated, but the quote does not name both ends`);
    if (e.basis === 'derived') {
      if (!e.why?.zh || !e.why.en) problems.push(`${label}: derived without a reason in Chinese and English`);
      const premises = e.premises ?? [];
      if (premises.length === 0) problems.push(`${label}: derived without premises`);
      for (const p of premises) {
        if (p.kind === 'gazette' && !p.quote) problems.push(`${label}: a premise without its sentence`);
        if (p.kind === 'profile' && !(p.source && p.sourceZh && p.says.zh && p.says.en))
          problems.push(`${label}: a profile premise without its source and words in both languages`);
      }
    }
    if ((ADDRESSEE_LINE.test(e.quote) || RESPONSIBLE_BRACKET.test(e.quote)) && !named[0] && !named[1]) {
      problems.push(`${label}: quotes an addressee line or 〔责任单位〕 naming neither end`);
    }
  }
  return problems;
}
