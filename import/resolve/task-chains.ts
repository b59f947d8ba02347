import path from 'node:path';
import { z } from 'zod';
import type {
  Document,
  Evidence,
  GazettePremise,
  Industry,
  Premise,
  Project,
  Responsibility,
  Task,
} from '../bundle/schema';
import { loadDataFile } from '../city/profile';
import { lineAt } from '../parse/tasks';
import { sentenceAt } from '../parse/units';

const Topic = z.object({
  id: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Words of a project's name that put it under this topic. */
  projectWords: z.array(z.string().min(1)),
  /** Words of a work point's title that say it is about this topic. */
  titleWords: z.array(z.string().min(1)).min(1),
  default: z.boolean().default(false),
});
export type Topic = z.infer<typeof Topic>;

/** The chain and topic vocabulary of `data/action-plan-chains.json`. */
export const ChainVocabulary = z.object({
  about: z.string().min(1),
  source: z.string().min(1),
  chains: z.array(z.object({ industry: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
  topics: z
    .array(Topic)
    .refine((topics) => topics.filter((t) => t.default).length === 1, 'exactly one topic is the default'),
});
export type ChainVocabulary = z.infer<typeof ChainVocabulary>;

export const DEFAULT_CHAIN_VOCABULARY = path.join('data', 'action-plan-chains.json');

export function loadChainVocabulary(file: string = DEFAULT_CHAIN_VOCABULARY): ChainVocabulary {
  return loadDataFile(ChainVocabulary, file);
}

/** A work point that covers a project: the sentence naming the project's chain, and the topic its title names. */
export interface TaskCover {
  task: Task;
  industry: Industry;
  word: string;
  topic: Topic;
  sentence: GazettePremise;
}

/** The topic of a project by the words of its name; the default topic when none fits. */
export function topicOf(name: string, vocabulary: ChainVocabulary): Topic {
  const fallback = vocabulary.topics.find((t) => t.default)!;
  return vocabulary.topics.find((t) => !t.default && t.projectWords.some((w) => name.includes(w))) ?? fallback;
}

/**
 * The work points that cover a project: their text names the chain of the project's primary
 * industry and their title names its topic (the default topic when no point of its own topic does).
 * Projects of industries no chain lists are covered by none.
 */
export function tasksCovering(
  project: Project,
  tasks: Task[],
  industries: Industry[],
  vocabulary: ChainVocabulary,
): TaskCover[] {
  const primary = project.industries[0];
  const chain = primary && vocabulary.chains.find((c) => c.industry === primary.code);
  const industry = primary && industries.find((i) => i.code === primary.code);
  if (!chain || !industry) return [];
  const fallback = vocabulary.topics.find((t) => t.default)!;
  const own = topicOf(project.name, vocabulary);
  const covering = (topic: Topic): TaskCover[] =>
    tasks.flatMap((task) => {
      if (!topic.titleWords.some((w) => task.title.includes(w))) return [];
      const hit = chain.words
        .map((word) => ({ word, index: task.text.indexOf(word) }))
        .filter((h) => h.index >= 0)
        .sort((a, b) => a.index - b.index)[0];
      if (!hit) return [];
      const sentence: GazettePremise = {
        kind: 'gazette',
        document: task.evidence.document,
        line: lineAt(task.parts, hit.index),
        quote: sentenceAt(task.text, hit.index),
      };
      return [{ task, industry, word: hit.word, topic, sentence }];
    });
  const found = covering(own);
  return found.length > 0 || own === fallback ? found : covering(fallback);
}

const RESPONSIBLE_UNITS = /〔责任单位[：:][^〕]*〕/g;

/** The 〔责任单位〕 bracket of a work point, with its own line. */
function bracketOf(task: Task): GazettePremise | null {
  const match = [...task.text.matchAll(RESPONSIBLE_UNITS)].pop();
  if (!match || match.index === undefined) return null;
  return { kind: 'gazette', document: task.evidence.document, line: lineAt(task.parts, match.index), quote: match[0] };
}

const premiseOf = (e: Pick<Evidence, 'document' | 'line' | 'quote'>): GazettePremise => ({
  kind: 'gazette',
  document: e.document,
  line: e.line,
  quote: e.quote,
});

/** "2026年工作要点第3项" from the action plan's title, or "工作要点第3项" when it states no year. */
function pointName(task: Task, documents: Document[]): { zh: string; en: string } {
  const title = documents.find((d) => d.id === task.evidence.document)?.title ?? '';
  const year = /(\d{4})年/.exec(title)?.[1];
  return {
    zh: `${year ? `${year}年` : ''}工作要点第${task.number}项“${task.title}”`,
    en: `work point ${task.number} “${task.title}” of the ${year ? `${year} ` : ''}action plan`,
  };
}

export interface TaskChainContext {
  tasks: Task[];
  industries: Industry[];
  documents: Document[];
  vocabulary: ChainVocabulary;
  /** The unit id of a district's government, when the bundle has one. */
  governmentOf: (district: string) => string | null;
}

/**
 * Responsibility from the gazette for box projects of the action plan's chains: the lead units of
 * each work point covering a project answer for it, and so does the government of the project's
 * district when the point names it (or a group word that includes it). Every link is derived by
 * `task-chain`, its quote the 〔责任单位〕 bracket, its premises the project's sentence, the point's
 * sentence naming the chain and the bracket.
 */
export function taskChainResponsibilities(projects: Project[], ctx: TaskChainContext): Responsibility[] {
  const out: Responsibility[] = [];
  for (const project of projects) {
    for (const cover of tasksCovering(project, ctx.tasks, ctx.industries, ctx.vocabulary)) {
      const bracket = bracketOf(cover.task);
      if (!bracket) continue;
      const point = pointName(cover.task, ctx.documents);
      const industryLink = project.industries[0];
      const base: Premise[] = [premiseOf(industryLink), cover.sentence];
      const because = {
        zh: `该项目属于“${cover.industry.zh}”产业，${point.zh}部署该产业链（“${cover.word}”）`,
        en: `The project belongs to the ${cover.industry.en} industry; ${point.en} covers that chain (“${cover.word}”)`,
      };
      for (const unit of cover.task.units) {
        let premises = [...base, bracket];
        // A lead unit is named by the bracket; a district by the project's own sentence placing it there.
        let quoted: GazettePremise = bracket;
        if (unit.role === 'district') {
          const located = project.districts.find((d) => ctx.governmentOf(d.name) === unit.unitId);
          if (!located) continue;
          quoted = premiseOf(located);
          premises = [...base, quoted, bracket];
        }
        const evidence: Evidence = {
          document: quoted.document,
          line: quoted.line,
          quote: quoted.quote,
          basis: 'derived',
          rule: 'task-chain',
          why: {
            zh: `依据：${because.zh}，其责任单位为${unit.name}`,
            en: `${because.en}, whose responsible units include ${unit.name}`,
          },
          premises,
        };
        out.push({
          subjectKind: 'project',
          subjectId: project.id,
          unitId: unit.unitId,
          role: unit.role,
          taskId: cover.task.id,
          evidence,
        });
      }
    }
  }
  return out;
}
