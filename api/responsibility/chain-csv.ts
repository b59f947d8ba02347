import { stringify } from 'csv-stringify/sync';
import { ruleText } from '../../graph/rules';
import { Basis, EvidenceKind, type Evidence } from '../common/evidence';
import { BASIS_WORDS, type DocumentInfo, documentInfos, documentWhere } from '../common/evidence-words';
import { Lang } from '../common/lang';
import type { Reader } from '../db/graph';
import type { CsvLang } from '../projects/csv-vocabulary';
import { chainPath, rankPaths, type RawNode, type RawStep } from './chain';
import { PROJECT_NAME, RESPONSIBILITY_CHAINS } from './chain.cypher';
import { ChainStatus, type ChainPath } from './chain.type';
import { relationName } from './relation-names';

export const CHAIN_CSV_HEADERS: Record<CsvLang, readonly string[]> = {
  zh: [
    '链条',
    '状态',
    '步骤',
    '从',
    '关系',
    '到',
    '依据',
    '规则',
    '理由',
    '文件',
    '文件内行',
    '公报行',
    '原文',
    '前提',
  ],
  en: [
    'chain',
    'status',
    'step',
    'from',
    'relation',
    'to',
    'basis',
    'rule',
    'why',
    'document',
    'document line',
    'gazette line',
    'quote',
    'premises',
  ],
};

/** A chain's status in words: all stated, up through derived steps, or where it stops and why. */
function statusWords(path: ChainPath, lang: CsvLang): string {
  if (path.status === ChainStatus.ALL_STATED)
    return lang === 'en' ? 'every step stated, up to the top' : '每一步均有原文明示，直达市人民政府';
  if (path.status === ChainStatus.REACHES_TOP_DERIVED) {
    const which = path.derivedSteps.map((i) => i + 1).join(lang === 'en' ? ', ' : '、');
    return lang === 'en'
      ? `reaches the top through ${path.derivedSteps.length} derived step(s): ${which}`
      : `直达市人民政府，其中 ${path.derivedSteps.length} 步为推导：第 ${which} 步`;
  }
  const note = lang === 'en' ? path.noteEn : path.noteZh;
  const where = path.stopsAt?.name ?? '';
  return lang === 'en' ? `stops at ${where}: ${note ?? ''}` : `止于${where}：${note ?? ''}`;
}

/** Each premise in one cell: a gazette sentence with where it stands, or a city profile entry with its source. */
function premiseWords(evidence: Evidence, documents: ReadonlyMap<string, DocumentInfo>, lang: CsvLang): string {
  return evidence.premises
    .map((premise) => {
      if (premise.kind === EvidenceKind.PROFILE) {
        const says = lang === 'en' ? premise.saysEn : premise.saysZh;
        const source = lang === 'en' ? premise.source : premise.sourceZh;
        return lang === 'en'
          ? `from the city profile (${premise.document}): ${says ?? premise.quote}; source: ${source ?? ''}`
          : `来自城市资料（${premise.document}）：${says ?? premise.quote}；来源：${source ?? ''}`;
      }
      const { title, documentLine } = documentWhere(premise, documents);
      return lang === 'en'
        ? `“${title}”, line ${documentLine} (gazette line ${premise.line}): ${premise.quote}`
        : `《${title}》第 ${documentLine} 行（公报第 ${premise.line} 行）：${premise.quote}`;
    })
    .join(lang === 'en' ? ' | ' : '；');
}

/**
 * The rows of a project's chains, one per step (a chain without steps gives one row with its
 * status): the step's ends and relation in words, basis, rule in words, why, where the sentence
 * stands (document, line within it, gazette line), the quote and the premises with their evidence.
 */
export function chainRows(
  paths: readonly ChainPath[],
  documents: ReadonlyMap<string, DocumentInfo>,
  lang: CsvLang,
): (string | number)[][] {
  const language = lang === 'en' ? Lang.EN : Lang.ZH;
  return paths.flatMap((path, chain) => {
    const status = statusWords(path, lang);
    if (path.steps.length === 0)
      return [[chain + 1, status, '', path.stopsAt?.name ?? '', '', '', '', '', '', '', '', '', '', '']];
    return path.steps.map((step, i) => {
      const e = step.evidence;
      const { title, documentLine } = documentWhere(e, documents);
      const why = e.basis === Basis.DERIVED ? ((lang === 'en' ? e.whyEn : e.whyZh) ?? '') : '';
      return [
        chain + 1,
        status,
        i + 1,
        step.from.name,
        relationName(step.type, step.forward, language),
        step.to.name,
        BASIS_WORDS[lang][e.basis] ?? e.basis,
        e.rule ? ruleText(e.rule, lang) : '',
        why,
        title,
        documentLine,
        e.line || '',
        e.quote,
        premiseWords(e, documents, lang),
      ];
    });
  });
}

/** A project id that names no project: the export answers 404 with this message. */
export class UnknownProject extends Error {
  readonly status = 404;
}

/**
 * A project's responsibility chains as CSV (UTF-8 with BOM for Excel), in Chinese unless `lang`
 * is `en`, formula-like cells escaped; throws UnknownProject for an id that names no project.
 */
export async function chainCsv(
  reader: Reader,
  projectId: string,
  lang: CsvLang,
): Promise<{ csv: string; filename: string }> {
  const [project] = await reader.read(PROJECT_NAME, { projectId });
  if (!project)
    throw new UnknownProject(lang === 'en' ? `No such project: ${projectId}` : `没有这个项目：${projectId}`);
  const records = await reader.read(RESPONSIBILITY_CHAINS, { projectId });
  const paths = rankPaths(
    records.map((r) => chainPath(r.get('project') as RawNode, r.get('head') as RawStep[], r.get('tail') as RawStep[])),
  );
  const ids = [
    ...new Set(
      paths.flatMap((p) =>
        p.steps.flatMap((s) => [s.evidence.document, ...s.evidence.premises.map((q) => q.document)]),
      ),
    ),
  ];
  const documents = await documentInfos(reader, ids);
  const csv = stringify(chainRows(paths, documents, lang), {
    bom: true,
    header: true,
    columns: [...CHAIN_CSV_HEADERS[lang]],
    escape_formulas: true,
  });
  const name = String(project.get('name') ?? projectId).replace(/[\\/:*?"<>|\s]+/g, '_');
  return { csv, filename: `${lang === 'en' ? 'chains' : '责任链条'}-${name}.csv` };
}
