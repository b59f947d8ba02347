import { type PlannedBox, type PlannedPlan, type PlannedProject } from './plan';
import { Random } from './random';
import { LIST_VERBS } from './vocabulary';

/**
 * Writes a planned plan as a municipal gazette issue (the format of data/*-gazette-*.txt): the
 * notice, the plan's outline, the indicator box and the project boxes in their layouts, with the
 * gazette's line wrapping; and the labels of its projects in the columns of labels/GUIDE.md.
 */

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 27 → 二十七. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A gazette line holds about this many characters; longer paragraphs continue after a blank line. */
const WIDTH = 38;

function wrap(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += WIDTH) out.push(chars.slice(i, i + WIDTH).join(''), '');
  return out;
}

/** Codes of industries the plan files under its part on the modern industrial system. */
const INDUSTRIAL = new Set([
  'ceramics',
  'aviation',
  'chem-pharma',
  'new-materials',
  'bio',
  'electronics',
  'machinery',
  'auto',
  'building-materials',
  'culture-tourism',
  'services',
  'logistics',
  'digital',
  'sci-tech',
]);

export interface PlanTitle {
  title: string;
  number: string;
}

export function planTitle(plan: PlannedPlan): PlanTitle {
  const { region, edition } = plan;
  return {
    title: `${region.name}国民经济和社会发展第${edition.zh}个五年规划纲要`,
    number: `${region.short[0]}府发〔${edition.year}〕${(region.index % 9) + 1}号`,
  };
}

/** A box as written, and the label row of each of its projects. */
interface WrittenBox {
  lines: string[];
  labels: string[][];
}

/** A label row; `box` is the box's number as printed after 专栏 (7, or 3-1 in a plan numbered by chapter). */
const labelOf = (box: string, item: number, name: string, p: PlannedProject): string[] => [
  box,
  String(item),
  name,
  p.tier,
  p.districts.join(','),
  p.orgs.join(','),
  p.industry,
  p.note,
];

/**
 * Items of enumerations: names run on with 、, a group of one area is set off by ， and opens with
 * the area, which the first name then carries as written (labels/GUIDE.md keeps names as written).
 */
function proseBox(box: PlannedBox, printed: string, rng: Random): WrittenBox {
  const lines: string[] = [];
  const labels: string[][] = [];
  for (const item of box.items) {
    lines.push(`${item.number}. ${item.title}`, '');
    const listed = item.projects.filter((p) => p.tier === 'A' && !p.continued);
    const sentences: string[] = [];
    for (let i = 0; i < listed.length;) {
      const batch = listed.slice(i, i + rng.int(3, 8));
      i += batch.length;
      const groups = new Map<string | null, PlannedProject[]>();
      for (const p of batch) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
      const runs = [...groups.entries()].map(([area, ps]) =>
        ps
          .map((p, k) => {
            const written = area && k === 0 ? `${area}${p.name}` : p.name;
            labels.push(labelOf(printed, item.number, written, p));
            return written;
          })
          .join('、'),
      );
      sentences.push(`${rng.pick(LIST_VERBS)}${runs.join('，')}等一批项目建设。`);
    }
    const continued = item.projects.filter((p) => p.continued);
    if (continued.length) sentences.push(`续建${continued.map((p) => p.name).join('、')}。`);
    const generic = item.projects.filter((p) => p.tier === 'B');
    for (const p of generic) sentences.push(`建设${p.name}。`);
    for (const p of [...continued, ...generic]) labels.push(labelOf(printed, item.number, p.name, p));
    lines.push(...wrap(sentences.join('')));
  }
  return { lines, labels };
}

/** The share of plans that number their boxes by chapter. */
const BY_CHAPTER = 0.25;
/** The share of the other plans that count their boxes in Chinese numerals (专栏三). */
const IN_NUMERALS = 0.25;

const TABLE_HEADER = ['| 序号 | 项目名称 | 建设内容 | 建设地点 | 责任单位 |', '|------|------|------|------|------|'];
/** Rows of one printed page; the header is printed again after a page break. */
const ROWS_PER_PAGE = 20;

/** One row per project; 建设地点 says its area, 责任单位 who answers for it (labelled as orgs). */
function tableBox(box: PlannedBox, printed: string): WrittenBox {
  const lines = [...TABLE_HEADER];
  const labels = box.items[0].projects.map((p, i) => {
    if (i > 0 && i % ROWS_PER_PAGE === 0) lines.push(TABLE_HEADER[0]);
    lines.push(`| ${i + 1} | ${p.name} | ${p.content} | ${p.location} | ${p.units.join('、')} |`);
    return labelOf(printed, i + 1, p.name, { ...p, orgs: p.units });
  });
  lines.push('');
  return { lines, labels };
}

function numberedBox(box: PlannedBox, printed: string, rng: Random): WrittenBox {
  const circled = rng.chance(0.5) && box.items[0].projects.length <= CIRCLED.length;
  const labels = box.items[0].projects.map((p, i) => labelOf(printed, i + 1, p.name, p));
  const lines = box.items[0].projects.flatMap((p, i) => {
    const marker = circled ? CIRCLED[i] : `（${i + 1}）`;
    // A group's area has no enumeration to open here: the sub-item says where the project lies.
    const where = p.group ? `位于${p.group}，` : '';
    return wrap(`${marker}${p.name}。${where}${p.content}。`);
  });
  return { lines, labels };
}

/** `printed` labels the box's projects; `heading` is how its heading counts it (三 in a plan counting in numerals). */
function writeBox(box: PlannedBox, printed: string, heading: string, rng: Random): WrittenBox {
  const body =
    box.layout === 'prose'
      ? proseBox(box, printed, rng)
      : box.layout === 'table'
        ? tableBox(box, printed)
        : numberedBox(box, printed, rng);
  return { lines: [`专栏 ${heading} ${box.title}`, '', ...body.lines], labels: body.labels };
}

export const LABEL_COLUMNS = ['box', 'item', 'name', 'tier', 'districts', 'orgs', 'industry', 'note'];

/** A plan as a gazette: its text line by line, and its label rows in the order written. */
export interface WrittenPlan {
  lines: string[];
  labels: string[][];
}

/** The gazette text of a plan and its labels. */
export function writeGazette(plan: PlannedPlan, seed: number): WrittenPlan {
  const { region, edition } = plan;
  const rng = Random.of(seed, 'render', region.name, edition.number);
  const { title, number } = planTitle(plan);
  const own = region.level === 'city' ? '市' : '县';
  const below = region.level === 'city' ? '各县（区）' : '各乡镇（街道）';
  const government = `${region.name}人民政府`;
  const industrial = plan.boxes.filter((b) => INDUSTRIAL.has(b.sector.code));
  const other = plan.boxes.filter((b) => !INDUSTRIAL.has(b.sector.code));
  const parts = [
    {
      title: '开启现代化建设新征程',
      chapters: [
        { title: '发展基础', boxes: [] as PlannedBox[] },
        { title: '发展目标', boxes: [] as PlannedBox[] },
      ],
    },
    {
      title: '建设现代化产业体系，壮大实体经济',
      chapters: industrial.map((b) => ({ title: `加快${b.title.replace(/工程$/, '')}`, boxes: [b] })),
    },
    {
      title: '完善基础设施，增进民生福祉',
      chapters: other.map((b) => ({ title: `推进${b.title.replace(/工程$/, '')}`, boxes: [b] })),
    },
    // A plan ends with how it is carried out, never inside a box.
    {
      title: '强化规划实施保障',
      chapters: [
        { title: '加强组织领导', boxes: [] as PlannedBox[] },
        { title: '健全实施机制', boxes: [] as PlannedBox[] },
      ],
    },
  ].filter((part) => part.chapters.length);

  const labels: string[][] = [];
  const lines = [
    `${government}公报`,
    '',
    `${edition.year}年第${(region.index % 12) + 1}期`,
    '',
    '| 目 录 | |',
    '|----------|---|',
    `| ${own}政府文件 | ${government}关于印发《${title}》的通知 (${number}) (2) |`,
    '',
    government,
    '',
    `关于印发《${title}》的通知`,
    '',
    `${number} ${edition.year}年2月${rng.int(10, 28)}日`,
    '',
    `${below}人民政府，${own}政府各部门：`,
    '',
    `《${title}》已经${own}人民代表大会审查批准，现印发给你们，请认真贯彻执行。`,
    '',
    '（此件主动公开）',
    '',
    title,
    '',
    '目 录',
    '',
  ];
  // Some plans number their chapters through the whole plan and their boxes by chapter (专栏3-1); some
  // others count their boxes in Chinese numerals (专栏三).
  const byChapter = Random.of(seed, 'box-numbering', region.name, edition.number).chance(BY_CHAPTER);
  const inNumerals = !byChapter && Random.of(seed, 'box-numerals', region.name, edition.number).chance(IN_NUMERALS);
  const chapterNumbers = parts.map((part, p) =>
    part.chapters.map(
      (_, c) => (byChapter ? parts.slice(0, p).reduce((sum, before) => sum + before.chapters.length, 0) : 0) + c + 1,
    ),
  );
  parts.forEach((part, p) => {
    lines.push(`第${chineseNumber(p + 1)}篇 ${part.title}`, '');
    part.chapters.forEach((chapter, c) =>
      lines.push(`第${chineseNumber(chapterNumbers[p][c])}章 ${chapter.title}`, ''),
    );
  });
  lines.push(
    `本纲要根据《中共${region.name}委员会关于制定国民经济和社会发展第${edition.zh}个五年规划的建议》编制，是全${own}人民共同的行动纲领。`,
    '',
  );
  parts.forEach((part, p) => {
    lines.push(`第${chineseNumber(p + 1)}篇 ${part.title}`, '');
    part.chapters.forEach((chapter, c) => {
      const chapterNumber = chapterNumbers[p][c];
      lines.push(`第${chineseNumber(chapterNumber)}章 ${chapter.title}`, '');
      const indicators = p === 0 && c === 1;
      if (indicators)
        lines.push(
          ...indicatorBox(rng, region.name, edition.zh, byChapter ? `${chapterNumber}-1` : inNumerals ? '一' : '1'),
        );
      else lines.push(...wrap(`坚持系统谋划、项目支撑，推动${chapter.title.slice(2)}取得新成效。`));
      for (const [k, box] of chapter.boxes.entries()) {
        const printed = byChapter ? `${chapterNumber}-${k + 1 + (indicators ? 1 : 0)}` : String(box.number);
        const written = writeBox(box, printed, inNumerals ? chineseNumber(box.number) : printed, rng);
        lines.push(...written.lines);
        labels.push(...written.labels);
      }
    });
  });
  return { lines, labels };
}

function indicatorBox(rng: Random, region: string, edition: string, printed: string): string[] {
  const gdp = (5 + rng.next() * 2).toFixed(1);
  const rd = (1.5 + rng.next()).toFixed(1);
  return [
    `到 2030 年，经济实力、科技实力和综合实力迈上新台阶。`,
    '',
    `专栏${printed} ${region}“${edition}五”经济社会发展主要指标`,
    '',
    '| 类别 | 指标 | 2025年 | 2030年 | 年均/累计 | 属性 |',
    '|------|------|------|------|------|------|',
    `| 经济发展 | 1.地区生产总值增长(%) | ${gdp} | —— | 5.5左右 | 预期性 |`,
    `| | 2.研发经费投入强度(%) | ${rd} | ${(Number(rd) + 0.6).toFixed(1)} | —— | 预期性 |`,
    `| 绿色发展 | 3.森林覆盖率(%) | ${(40 + rng.next() * 30).toFixed(1)} | 保持稳定 | —— | 约束性 |`,
    '',
  ];
}
