/**
 * How a gazette line reads, on canonical text (see canonicaliseLine). Shared by normalisation, which
 * must never join a heading with body text, and by parsing, which builds the outline from headings.
 */

const CN_NUMERAL = '[一二三四五六七八九十百零〇两]+';

export const PART = new RegExp(`^第(${CN_NUMERAL})篇(.*)$`);
export const CHAPTER = new RegExp(`^第(${CN_NUMERAL})章(.*)$`);
export const SECTION = new RegExp(`^第(${CN_NUMERAL})节(.*)$`);
/**
 * 专栏7 …, 专栏3-1 … in plans that number their boxes by chapter (see graph/box-number.ts), and 专栏三 …
 * in plans that count them in Chinese numerals.
 */
export const BOX = /^专栏(\d+(?:\s?[-—–‐.]\s?\d+)?|[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十百]))(.*)$/;
/** A page number on a line of its own: 12, — 12 —, 第12页, 12/40. */
export const PAGE_NUMBER = /^[-—–－·•‐\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－·•‐\s]*$/;
/** A gazette's issue as its running header writes it: 2026年第3期. */
export const GAZETTE_ISSUE = /^\d{4}年第\d{1,3}期$/;
/** A gazette's masthead: 景德镇市人民政府公报. */
export const GAZETTE_MASTHEAD = /^\S{2,30}公报$/;
/** A box heading that carries a box on over a page (专栏8（续）, 专栏8 续表): no box of its own. */
export const BOX_CONTINUED = /^[（(]?续(?:表|上)?[）)]?$|^[（(]续[）)]/;
/** "1.遗址保护", "3、…" but not "1.1" (a decimal or a section number). */
export const NUMBERED = /^(\d{1,3})[.．、](?!\d)\s*(.*)$/;
/** "2.2.3民航建设服务中心" */
export const DOTTED = /^(\d+(?:\.\d+)+)(?![\d.])\s*(.*)$/;
/** ① … ⑳ as the number it stands for. */
export function circledNumber(mark: string): number {
  return mark.charCodeAt(0) - '①'.charCodeAt(0) + 1;
}

/**
 * The number a numbered sub-item opens with: "1." / "1、" / "（1）" / "(1)" / "1）" / "①" / "[1]", or the first of
 * a number of two or three levels ("3.1", "1.1.2"); null when it has none.
 */
export function subItemNumber(text: string): { number: number; rest: string } | null {
  // 项目三：X — a record counted in Chinese numerals, its name after the colon.
  const record = RECORD_NUMBER.exec(text);
  if (record) return { number: chineseNumber(record[1]), rest: record[2] };
  // 3.1 X：… / 1.1.2 X：… — a number of two or three levels, not a quantity (1.5万吨).
  const deep = /^\s*(\d{1,2})(?:\.\d{1,2}){1,3}(?![\d.])(?![万亿千百十个吨米亩倍年%％])\s*(.+)$/su.exec(text);
  if (deep) return { number: Number(deep[1]), rest: withoutLeadingStatus(deep[2]) };
  const match = /^\s*(?:(\d{1,2})\s*(?:[.．、](?!\d)|[）)])|[（([](\d{1,2})[）)\]]|([①-⑳]))\s*(.+)$/su.exec(text);
  if (!match) return null;
  const number = match[3] ? circledNumber(match[3]) : Number(match[1] ?? match[2]);
  // （1）[续建] X — how far the project has come, tagged before its name, is no part of it.
  return { number, rest: withoutLeadingStatus(match[4]) };
}
export const CN_ITEM = new RegExp(`^(${CN_NUMERAL})、(.*)$`);
export const CN_GROUP = new RegExp(`^[（(](${CN_NUMERAL})[）)](.*)$`);
/** The marks a bulleted entry opens with. */
export const BULLET_MARKS = '■□▲△◆◇●○◎◉★☆▶►▸▹•·';
/** 项目三：X — a record numbered in words before a colon. */
const RECORD_NUMBER = new RegExp(`^\\s*项目(${CN_NUMERAL})[：:]\\s*(.+)$`, 'su');
/** Starts of list entries that always begin a new paragraph. */
const ENUMERATOR = new RegExp(
  `^(项目${CN_NUMERAL}[：:]|[${BULLET_MARKS}]|【[^】]{2,12}】|\\d{1,3}[.．、](?!\\d)|\\d{1,2}[）)]|\\d+(\\.\\d+)+|[（(]\\d{1,3}[）)]|\\[\\d{1,2}\\]|[（(]${CN_NUMERAL}[）)]|${CN_NUMERAL}、|[a-zA-Z][.．、)]|第${CN_NUMERAL}条|[①-⑳])`,
);

/** Punctuation that ends or splits a sentence; headings never hold it. */
const SENTENCE_PUNCTUATION = /[。；！？;!?]/;
const CLAUSE_PUNCTUATION = /[。；！？;!?：:，,]/;
const HEADING_MAX = 60;
const ITEM_MAX = 40;

export function isTableRow(text: string): boolean {
  return text.startsWith('|');
}

/** The cells of a pipe table's row, trimmed, without the pipes that open and close it. */
export function pipeCells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

export function isContentsMarker(text: string): boolean {
  return text.replace(/\s/g, '') === '目录';
}

/** 篇 / 章 / 节 / 专栏 headings (the outline of a plan). */
export function isOutlineHeading(text: string): boolean {
  for (const pattern of [PART, CHAPTER, SECTION, BOX]) {
    const match = pattern.exec(text);
    if (match) {
      const rest = match[2];
      return rest.length > 0 && rest.length <= HEADING_MAX && !SENTENCE_PUNCTUATION.test(rest);
    }
  }
  return false;
}

/** Numbered headings: box items "1.遗址保护", "2.2.3民航建设服务中心", "一、总体思路", "（一）构建…". */
export function isNumberedHeading(text: string): boolean {
  for (const pattern of [NUMBERED, DOTTED, CN_ITEM, CN_GROUP]) {
    const match = pattern.exec(text);
    if (match) {
      const rest = match[2];
      return rest.length > 0 && rest.length <= ITEM_MAX && !CLAUSE_PUNCTUATION.test(rest) && !/[、，,]$/.test(rest);
    }
  }
  return false;
}

/** A record numbered in words before a colon (项目三：X): the layout says it names a project. */
export function isNumberedRecord(text: string): boolean {
  return RECORD_NUMBER.test(text);
}

/** The text after the number or bullet a list entry starts with (`1. X` → ` X`); the text when it has none. */
export function afterEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}

export function startsWithEnumerator(text: string): boolean {
  return ENUMERATOR.test(text);
}

const DOCUMENT_TITLE_END =
  /(规划纲要|远景目标纲要|工作要点|应急预案|行动计划|实施方案|行动方案|的通知|的公告|的公示|的通告|的决定|的意见|的批复|的报告)$/;

/** A document's title: a line of its own that ends the way titles do and holds no clause punctuation. */
export function isDocumentTitle(text: string): boolean {
  return (
    text.length <= 120 && DOCUMENT_TITLE_END.test(text) && !CLAUSE_PUNCTUATION.test(text.replace(/《[^》]*》/g, ''))
  );
}

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]+[〔[［]\d{4}[〕\]］]\d+号/;
const DATELINE = new RegExp(
  `^((${DOCUMENT_NUMBER.source})(\\d{4}年第\\d+期)?(${DATE.source})?|(\\d{4}年第\\d+期)?${DATE.source})$`,
);

/** "景府发〔2026〕4号2026年5月7日", "碛政发〔2026〕4号" (dated under the signature), "2026年5月22日", "2026年第5期2026年5月12日". */
export function isDateline(text: string): boolean {
  return DATELINE.test(text.replace(/\s/g, ''));
}

export function documentNumber(text: string): string | null {
  return DOCUMENT_NUMBER.exec(text.replace(/\s/g, ''))?.[0] ?? null;
}

/** ISO date of the first 年月日 date in the text. */
export function isoDate(text: string): string | null {
  const match = DATE.exec(text.replace(/\s/g, ''));
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The heads of a line naming who answers for a project (责任单位：X, 牵头单位：Y …). */
export const UNIT_LINE_HEADS = '责任单位|牵头单位|配合单位|责任主体|实施主体|实施单位';

const UNIT_LINE_START = new RegExp(`^[〔（(【]?(${UNIT_LINE_HEADS})[：:]`);

/** A line that opens by naming who answers for the items above it (责任单位：…): never the rest of the line before. */
export function opensUnitLine(text: string): boolean {
  return UNIT_LINE_START.test(text);
}

/**
 * The heads of the other fields of a project set out as a card — its name on a line of its own, then
 * 建设地点：X, 建设年限：Y, 建设内容：Z — where it lies, when, what it builds, what it costs.
 */
export const ENTRY_FIELD_HEADS =
  '(?:建设|项目|实施)(?:地点|地址|位置|区域)|项目所在地|(?:主要)?建设(?:规模及内容|内容及规模|内容|规模)|(?:建设|实施|起止)(?:年限|期限|周期|工期)|建设起止年限|(?:计划|项目|估算)?总投资|建设性质';

const ENTRY_FIELD_START = new RegExp(`^(?:${ENTRY_FIELD_HEADS})(?:（[^）]{1,10}）)?[：:]`);

/** A line that opens with a field of a project's card (建设地点：X): never the rest of the line before. */
export function opensEntryField(text: string): boolean {
  return ENTRY_FIELD_START.test(text);
}

/**
 * Fields of a card set side by side on one line (建设地点：X        建设年限：Y): the wide space before a
 * field's head, which sets them apart as a table's columns would.
 */
export const SPACE_BEFORE_FIELD = new RegExp(
  `(?<=\\S)[ \u3000]{2,}(?=(?:${ENTRY_FIELD_HEADS}|${UNIT_LINE_HEADS})(?:（[^）]{1,10}）)?[：:])`,
  'gu',
);

/**
 * A line naming who answers for the items above it (责任单位：X、Y / 牵头单位：X): complete on its own
 * unless it stops on a list's separator, so the next line, even after a blank one, starts anew.
 */
export function isCompleteUnitLine(text: string): boolean {
  return opensUnitLine(text) && !/[、，,；;：:]$/.test(text);
}

/**
 * A closing line answering for the projects above it (以上项目由X负责), or a note under them (注：…, 说明：…):
 * never the rest of the line before.
 */
export function opensClosingLine(text: string): boolean {
  return /^(?:以上(?:重点)?(?:项目|工程)由|(?:注|说明|备注)[：:])/.test(text);
}

/** The head of a box of `名称：内容` lines (项目名称：建设内容): a column header, not a sentence. */
export function isNameContentHead(text: string): boolean {
  return /^项目名称[：:](?:主要)?建设(?:内容|规模|内容及规模|规模及内容)$/.test(text);
}

/** A whole line in brackets: "（此件主动公开）", "（来源：…）". */
export function isBracketedNote(text: string): boolean {
  return /^[（(][^（()）]*[）)]$/.test(text);
}

/**
 * How far a project has come, in brackets after its name or sentence (（续建）, (新建), …年加工5万吨。（新建）,
 * 名称（前期）：内容), or a name only provisional (（暂定名）): part of neither. The one list of these words for tables,
 * lines and sentences.
 */
const PROJECT_STATUS = '[（(](?:续建|新建|改扩建|扩建|前期|在建|储备|谋划|申建|拟建|暂定名|名称暂定)[）)]';
const TRAILING_STATUS = new RegExp(`${PROJECT_STATUS}$`);
/** A status tagged before a name ([续建] X, 【新建】X). */
const LEADING_STATUS = /^[[［【〔](?:续建|新建|改扩建|扩建|前期|在建|储备|谋划|申建|拟建)[\]］】〕]\s*/;
const STATUS_BEFORE_COLON = new RegExp(`${PROJECT_STATUS}(?=[：:])`);

/** A name without the status tagged before it (〔续建〕X, [新建]X). */
export function withoutLeadingStatus(text: string): string {
  return text.replace(LEADING_STATUS, '');
}

/** A name or sentence without the status written after it. */
export function withoutTrailingStatus(text: string): string {
  return text.replace(TRAILING_STATUS, '');
}

/**
 * A size, an investment or the years in brackets after a name (…抽水蓄能电站（装机120万千瓦）,
 * …工程（总投资18亿元，2026—2029年）, …中心（5000架标准机柜）): a note on the project, no part of its name. A bracket that
 * opens by saying where the project lies (（位于X，总投资…）) is kept, for its place.
 */
const TRAILING_SIZE =
  /[（(](?!位于)[^（）()]*\d[^（）()]*(?:千瓦|瓦|吨|元|公里|千米|米|亩|立方米|座|张|床|台|套|架|个|辆|艘|头|只|间|栋|处|条|户|\d年|MWh?|GWh?|kWh?|kV)\p{Script=Han}{0,4}[）)]$/u;

/** A works' scale class in brackets after its name (X水库（中型）). */
const SCALE_CLASS = /[（(][大中小]型[）)]$/u;

/** The name without a size or a scale class written in brackets after it. */
export function withoutTrailingSize(text: string): string {
  return text.replace(TRAILING_SIZE, '').replace(SCALE_CLASS, '');
}

/** A `名称（续建）：内容` line without the status between its name and its colon. */
export function withoutStatusBeforeColon(text: string): string {
  return text.replace(STATUS_BEFORE_COLON, '');
}

/** Text ends a sentence (closing quotes and brackets, and a status after it, looked through). */
export function endsSentence(text: string): boolean {
  // …。（牵头单位：X；配合单位：Y）: a bracket closing a finished sentence closes it too, a bracket inside it
  // included (配合单位：各县（市）人民政府).
  if (/[。！？!?][（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]$/.test(text.trim())) return true;
  const bare = withoutTrailingStatus(text).replace(/[”’」』）)】\s]+$/, '');
  // …。（牵头单位：X；配合单位： — a colon inside a bracket still open is the bracket's, its text on the next line.
  const unclosed = (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
  if (unclosed && /[：:]$/.test(bare)) return false;
  return /[。！？：!?:…]$/.test(bare);
}

export function holdsSentenceEnd(text: string): boolean {
  return SENTENCE_PUNCTUATION.test(text);
}

export function holdsClausePunctuation(text: string): boolean {
  return CLAUSE_PUNCTUATION.test(text);
}

const NUMERALS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九, 一百…: the numbers chapters and parts are counted with. */
export function chineseNumber(text: string): number {
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = NUMERALS[char] ?? 0;
    }
  }
  return total + current;
}

/**
 * Entries of a gazette's own table of contents: table cells that end in a page reference "（3）".
 * Each entry is a document title as the contents spell it, without its number and page.
 */
export function contentsEntries(tableRow: string): string[] {
  const entries: string[] = [];
  for (const cell of tableRow.split('|')) {
    const text = cell.replace(/<\/?p>/g, ' ').replace(/\s/g, '');
    const parts = text.split(/[（(]\d{1,4}[）)]/);
    if (parts.length < 2) continue;
    for (const part of parts.slice(0, -1)) {
      const title = part
        .replace(/[（(][^（()）]*〔\d{4}〕\d+号[）)]$/, '')
        .replace(/[.…·。]{2,}$/, '')
        .trim();
      if (title.length >= 6) entries.push(title);
    }
  }
  return entries;
}

/** The 55 minority peoples of China as autonomous areas name them, longest first (土家 before 土). */
const PEOPLES = [
  '柯尔克孜',
  '乌孜别克',
  '维吾尔',
  '哈萨克',
  '达斡尔',
  '塔吉克',
  '俄罗斯',
  '鄂温克',
  '塔塔尔',
  '鄂伦春',
  '蒙古',
  '布依',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '高山',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
];
/**
 * An autonomous area or an ethnic township: its stem, its peoples' names, its kind (甲岭 · 苗族侗族 · 州 of
 * 甲岭苗族侗族自治州, 乙坝 · 傈僳族 · 乡 of 乙坝傈僳族乡).
 */
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES.join('|')})族?)+(?:自治(州|县|旗)|(乡|镇))$`, 'u');

/**
 * How an autonomous area or an ethnic township is written short: its stem with its kind and, unless told
 * apart from something else by the caller, its stem alone (甲岭州 and 甲岭 of 甲岭苗族侗族自治州, 乙坝乡 and 乙坝
 * of 乙坝傈僳族乡). Null for any other name.
 */
export function autonomousShortForms(name: string): { stem: string; withKind: string } | null {
  const autonomous = AUTONOMOUS.exec(name);
  return autonomous ? { stem: autonomous[1], withKind: `${autonomous[1]}${autonomous[2] ?? autonomous[3]}` } : null;
}
