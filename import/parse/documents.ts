import { documentId } from '../bundle/ids';
import type { Document } from '../bundle/schema';
import { contentsEntries, documentNumber, isDateline, isDocumentTitle, isTableRow, isoDate } from '../text/patterns';
import type { SourceLine } from './types';

export type DocumentKind = Document['kind'];

/** A document of the gazette with the logical lines it spans. */
export interface GazetteDocument {
  document: Document;
  lines: SourceLine[];
}

/** The notice that publishes a document: "…关于印发《X》的通知". */
const PUBLISHING_NOTICE = /关于印发《([^》]+)》的通知$/;

/** What a title says the document is. */
export function kindOfTitle(title: string): DocumentKind {
  if (/(规划纲要|远景目标纲要)$/.test(title)) return 'plan';
  if (/(工作要点|行动计划|实施方案|行动方案)$/.test(title)) return 'action-plan';
  if (/应急预案$/.test(title)) return 'emergency-plan';
  if (/(公告|公示|通告)$/.test(title)) return 'notice';
  return 'other';
}

/** Kinds that stand alone as a document even without a dateline under their title. */
const SELF_STANDING: ReadonlySet<DocumentKind> = new Set(['plan', 'action-plan', 'emergency-plan']);
const ONE_PER_GAZETTE: Record<DocumentKind, string | null> = {
  plan: 'doc:plan',
  'action-plan': 'doc:action-plan',
  'emergency-plan': 'doc:emergency-plan',
  notice: null,
  other: null,
};

interface Start {
  index: number;
  title: string;
  published: boolean;
}

/**
 * Documents are found by how gazettes set them: a publishing notice "关于印发《X》的通知", a title
 * with a dateline (文号 and/or date) under it, a plan/work-plan/contingency-plan title standing
 * alone, or a line the gazette's own contents list as a title.
 */
export function findDocuments(lines: SourceLine[], fileLines: number): GazetteDocument[] {
  const contents = new Set(lines.filter((line) => isTableRow(line.text)).flatMap((line) => contentsEntries(line.text)));
  const starts: Start[] = [];
  lines.forEach((line, index) => {
    const text = line.text;
    if (isTableRow(text)) return;
    const notice = PUBLISHING_NOTICE.exec(text);
    if (notice) {
      starts.push({ index, title: notice[1], published: true });
      return;
    }
    const titled = isDocumentTitle(text);
    const dated = lines[index + 1] !== undefined && isDateline(lines[index + 1].text);
    if ((titled && (dated || SELF_STANDING.has(kindOfTitle(text)))) || contents.has(text)) {
      const previous = starts[starts.length - 1];
      // The published document repeats its title under the notice; it is the same document.
      if (previous?.published && previous.title === text) return;
      // …also under a short title over the full one (X州“十五五”规划纲要 / X自治州…规划纲要): one document.
      const notice = starts[starts.length - 2];
      if (
        notice?.published &&
        notice.title === text &&
        kindOfTitle(previous.title) === kindOfTitle(text) &&
        index - previous.index <= 2
      ) {
        starts.pop();
        return;
      }
      starts.push({ index, title: text, published: false });
    }
  });

  const counters = new Map<DocumentKind, number>();
  const documents: GazetteDocument[] = [];
  starts.forEach((start, n) => {
    const end = starts[n + 1]?.index ?? lines.length;
    const docLines = lines.slice(start.index, end);
    const kind = kindOfTitle(start.title);
    const count = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, count);
    const fixed = ONE_PER_GAZETTE[kind];
    const id = fixed ? (count === 1 ? fixed : `${fixed}-${count}`) : documentId(kind, count);
    const dateline = docLines.slice(1, 4).find((line) => isDateline(line.text));
    const nextLine = starts[n + 1] ? lines[starts[n + 1].index].line - 1 : fileLines;
    documents.push({
      document: {
        id,
        kind,
        title: start.title,
        number: dateline ? documentNumber(dateline.text) : null,
        date: dateline ? isoDate(dateline.text) : null,
        line: lines[start.index].line,
        endLine: Math.max(nextLine, lines[start.index].line),
      },
      lines: docLines,
    });
  });
  return documents;
}

/** How far into a document its addressee line may stand: after the title and the dateline. */
const OPENING_LINES = 4;
/** An addressee line: unit names ending in a colon, not a sentence (…公告如下：). */
const ADDRESSEE = /^(?!.*如下)[^。；]{2,80}[：:]$/;

/**
 * The notice title, the issuer and the addressee line each document opens with, when it has them.
 * The issuer is named on the notice's own line (景德镇市人民政府办公室关于印发…) or on the line
 * standing above it (景德镇市人民政府 / 关于印发…的通知).
 */
export function documentOpenings(documents: GazetteDocument[]): {
  notices: SourceLine[];
  issuers: SourceLine[];
  addressees: SourceLine[];
} {
  const notices: SourceLine[] = [];
  const issuers: SourceLine[] = [];
  const addressees: SourceLine[] = [];
  for (const { lines } of documents) {
    if (lines[0] && PUBLISHING_NOTICE.test(lines[0].text)) notices.push(lines[0]);
    const notice = lines.slice(0, 2).find((line) => PUBLISHING_NOTICE.test(line.text) || /关于印发/.test(line.text));
    if (notice) issuers.push(/^关于印发/.test(notice.text) && lines[0] !== notice ? lines[0] : notice);
    const addressee = lines.slice(1, OPENING_LINES + 1).find((line) => ADDRESSEE.test(line.text));
    if (addressee) addressees.push(addressee);
  }
  return { notices, issuers, addressees };
}
