import type { RuleId } from '../../graph/rules';
import type { ParsedBox, SourceLine } from '../parse/types';
import type { DistrictHit, DistrictLookup, OrgHit, OrgLookup } from './lookups';
import type { ExtractRules } from './rules';
import { longestFirst } from './rules';
import { readProjectTable, unitKind } from './tables';
import { normaliseName } from '../bundle/ids';
import {
  BULLET_MARKS,
  isNameContentHead,
  isNumberedRecord,
  startsWithEnumerator,
  subItemNumber,
  UNIT_LINE_HEADS,
  withoutStatusBeforeColon,
  withoutTrailingSize,
  withoutLeadingStatus,
  withoutTrailingStatus,
} from '../text/patterns';
import {
  clauseUnits,
  type ClauseUnit,
  namedBodies,
  namesInOrder,
  numberList,
  withAreasJoined,
  endsWithAny,
  indexOutside,
  lastIndexOutside,
  PrefixWords,
  sentences,
  splitOutside,
  startsWithAny,
} from './text';

/** One naming of a project in a box: what the rules read, before projects are merged across boxes. */
export interface ProjectMention {
  name: string;
  tier: 'A' | 'B';
  /** Why it is Tier A (or 'generic' for B). */
  identity: string;
  box: number;
  item: number;
  itemTitle: string;
  boxTitle: string;
  document: string;
  chapterId: string | null;
  line: number;
  /** The sentence that names it. */
  quote: string;
  /** 'project-list' (等一批项目), 'enumeration' (等…平台/机构), 'verb-object'. */
  rule: RuleId;
  /** A district carried over from the prefix of an earlier item of the same group. */
  distributedDistrict: string | null;
  /** Districts named as who undertakes it, before the verb (乐平市、浮梁县和昌江区…推进X). */
  subjectDistricts: string[];
  /** Districts a project table's 建设地点 cell names. */
  locatedDistricts: string[];
  /** Areas written in brackets after the name (…生态修复治理（青螺镇、云岫乡）): stated, the brackets not part of the name. */
  bracketDistricts: string[];
  /** Areas a clause after the name says it lies in (…，项目位于芷源区…). */
  locatedAfter: string[];
  /** Areas a clause after the name says carry it out (由X负责实施) or it crosses (跨X和Y). */
  clauseDistricts: ClauseDistrict[];
  /** The area the item heading or else the box title opens with (专栏6 鹊岭市家居产业重点项目), with that heading. */
  heading: { district: string; line: number; text: string } | null;
  /** What the sentence says before the verb that names it: who undertakes it, with whom, where. */
  lead: string;
  /** The sector a leading “X方面，” of the sentence names. */
  sentenceSector: string | null;
  orgs: OrgHit[];
}

/** An area a clause after a project's name states, and how it says so. */
export interface ClauseDistrict {
  name: string;
  rule: Extract<
    RuleId,
    'district-undertaker' | 'district-across' | 'district-respectively' | 'district-code' | 'district-footnote'
  >;
  /** The line that says so when that is not the project's own sentence (a footnote under the box). */
  source?: { line: number; quote: string };
}

interface Item {
  text: string;
  /** The item as written, before its actor (景德镇陶瓷大学申报…) was cut off: where its organisations are read. */
  written: string;
  /** Named by a weak verb (完善, 支持 …): a project only with a proper identity. */
  weak: boolean;
  /** First item after the verb, a ，or a ；: a district prefix on it may distribute. */
  opensGroup: boolean;
  /** Cut from an actor and an inner verb (申报, 组建 …). */
  actedOn: boolean;
  /** Cut after what qualifies it up to 的: the items before it in the list are part of that qualifier. */
  qualified: boolean;
  /** Areas in brackets after the name, cut off it. */
  bracketDistricts: string[];
  /** Who a bracket after the name says leads or supports it ((县林草局牵头，各乡镇配合)), and any area it names so. */
  clauseOrgs: OrgHit[];
  clauseDistricts: ClauseDistrict[];
}

interface Region {
  weak: boolean;
  /** The words of the sentence before the verb: who undertakes it, with whom, where. */
  lead: string;
  subjectDistricts: string[];
  /** Organisations named as partners before the verb (联合北航、南航…，共建X). */
  partners: OrgHit[];
  parts: { text: string; afterComma: boolean }[];
  /** 在甲县、乙县分别建设A和B: the areas before 分别, in order, each the place of the object at its position. */
  respectively: string[];
}

export interface ExtractContext {
  rules: ExtractRules;
  districts: DistrictLookup;
  orgs: OrgLookup;
  /** Place names of the city's gazetteer. */
  places: readonly string[];
  placeDistricts: ReadonlyMap<string, string | null>;
  /** Short forms that are not districts on their own but still name a place (昌江 the river). */
  ambiguousForms: readonly string[];
  cityForms: readonly string[];
  /** Mountains, rivers and lakes the plan's prose names (霰山, 镩河), longest first. */
  features: readonly string[];
}

/** Reads the named projects out of one box, item by item, sentence by sentence. */
export function extractBoxMentions(box: ParsedBox, ctx: ExtractContext): ProjectMention[] {
  const reader = new BoxReader(ctx, areaCodes(box, ctx));
  const table = readProjectTable(box, ctx);
  const boxHeading = headingArea(box.title, box.line, ctx);
  const mentions: ProjectMention[] = table.mentions.map((m) => ({ ...m, heading: boxHeading }));
  const notes = footnotes(box);
  // The lines of entries whose name a footnote's number marks, each with its footnote.
  const noted = new Map<number, SourceLine>();
  /** A project read from the box, where it was read and under which heading. */
  const mention = (
    found: Found,
    at: Pick<ProjectMention, 'item' | 'itemTitle' | 'line' | 'quote' | 'heading'>,
  ): ProjectMention => ({
    ...found,
    box: box.number,
    boxTitle: box.title,
    document: box.document,
    chapterId: box.chapterId,
    locatedDistricts: [],
    ...at,
  });
  // How many projects an earlier closing line (以上项目由…负责) already answered for.
  let covered = 0;
  // Where the group under the last group heading (二、纺织服装) begins, and whether a closing line came before.
  let groupStart = 0;
  // The group headings of the box (（一）基础教育), each with the first mention under it: what a closing line
  // scoped by group (以上教育项目由X牵头，医疗卫生项目由Y牵头) answers for.
  const groupTitles: { from: number; title: string }[] = [];
  let inGroup = false;
  // Whether the entries stand under a topic's sub-heading (（一）教育): a 责任单位 line after them is about them all.
  let inTopic = false;
  let closed = false;
  // Whether a 责任单位 line has answered for projects of the box yet.
  let answeredInBox = false;
  for (const item of box.items) {
    const itemHeading = headingArea(item.title, item.line, ctx) ?? boxHeading;
    let heading = itemHeading;
    // The projects since the item or the last 责任单位 line: the ones a 责任单位 line below them is about.
    let unanswered: ProjectMention[] = [];
    // The mentions up to here a sentence of their own paragraph said who answers for.
    let answeredUpTo = 0;
    // Whether the paragraphs stand under a sub-heading of two areas or more (（四）甲县、乙县).
    let underAreas = false;
    // Whether the paragraph before was a numbered heading naming its project (1. X基地。位于…).
    let afterHeaded = false;
    // The item's numbered entries (3. 城市道路：…), each with its first mention: what 以上第3、4项 names.
    const itemFrom = mentions.length;
    const entries: { number: number; title: string; from: number }[] = [];
    // 1. X示范工程 over 主要建设内容：… — the item's heading names its project; the labelled paragraph
    // describes it, so the parts it names are no projects of their own.
    const [first] = item.paragraphs;
    const label = first && item.number > 0 ? CONTENT_LABEL.exec(first.text) : null;
    const described = label ? reader.describedHeading(item.title, first.text.slice(label[0].length)) : null;
    if (described) {
      const titled = mention(described, {
        item: item.number,
        itemTitle: item.title,
        line: item.line,
        quote: item.title,
        heading: itemHeading,
      });
      mentions.push(titled);
      unanswered.push(titled);
    }
    // ● 优质均衡教育（责任单位：X） over ○ lines: the heading of a group of entries, no entry of its own; its
    // title files them and the bodies it names answer for them.
    let bulletGroup: (EntryGroup & { bullet: string }) | null = null;
    const outer = item.paragraphs.map((p) => bulletOf(p.text)).find((b) => b !== undefined);
    let bodyGroup: EntryGroup | null = null;
    /** The group's bodies answer for the entries read since it opened, and its title, if any, files them. */
    const closeGroup = (group: EntryGroup | null) => {
      for (const m of group ? mentions.slice(group.from) : []) {
        m.orgs = withUnits(m.orgs, group!.units, group!.line);
        if (group!.title !== undefined) m.itemTitle = group!.title;
      }
    };
    const closeBodyGroup = () => {
      closeGroup(bodyGroup);
      bodyGroup = null;
    };
    const closeBulletGroup = () => {
      closeGroup(bulletGroup);
      bulletGroup = null;
    };
    for (const [index, written] of item.paragraphs.entries()) {
      const headedBefore: boolean = afterHeaded;
      // （四）文化体育 between numbered headings that name their projects: the run goes on under it.
      const groupLine =
        (CN_SUB_HEADING.test(written.text) || GROUP_HEADING.test(written.text)) && !/[。；：]/.test(written.text);
      afterHeaded = groupLine && headedBefore;
      if (groupLine) groupTitles.push({ from: mentions.length, title: written.text });
      if (table.rows.has(written)) continue;
      const bullet = bulletOf(written.text);
      if (bulletGroup && bullet !== undefined && bullet === bulletGroup.bullet) closeBulletGroup();
      const group: { title: string; units: Units } | null = bullet
        ? bulletGroupHeading(written.text, item.paragraphs[index + 1]?.text ?? '', outer)
        : null;
      if (group) {
        closeBulletGroup();
        bulletGroup = { bullet: bullet!, ...group, line: written, from: mentions.length };
        continue;
      }
      // ■ 名称：… / ★ …: a bullet opens a list entry as a number does; it is no part of the name.
      const paragraph = { ...written, text: written.text.replace(BULLET, '') };
      // 注：1由X负责建设 — a footnote under the box is read with the entry its number marks, no entry itself.
      if (notes.lines.has(written)) continue;
      // ◆ X基地1：… — a footnote's number glued after the name (a superscript flattened) is no part of it.
      const marked = NOTED_NAME.exec(paragraph.text);
      const note = marked ? notes.byNumber.get(Number(marked[2])) : undefined;
      if (marked && note) {
        paragraph.text = marked[1] + paragraph.text.slice(marked[0].length);
        noted.set(paragraph.line, note);
      }
      // 表2 “十五五”时期…重点项目 / 续表: a table's caption names the table, no project.
      if (CAPTION.test(paragraph.text)) continue;
      // 溳口区 on a line of its own over names set out under it: where they lie, as an area's sub-heading says.
      const bare = areaHeading(paragraph.text, paragraph, ctx);
      if (bare || OWN_LEVEL.test(paragraph.text)) {
        heading = bare ?? itemHeading;
        continue;
      }
      // 【錤坪区】名称：描述 — an area's tag opening the line says where its project lies, as a sub-heading would.
      const tag = AREA_TAG.exec(paragraph.text);
      const tagged = tag ? areaHeading(tag[1], written, ctx) : null;
      if (tag && (tagged || OWN_LEVEL.test(tag[1]))) {
        paragraph.text = tag[2];
        heading = tagged ?? itemHeading;
      }
      if (isNameContentHead(paragraph.text)) continue;
      const numberedEntry = ENTRY_NUMBER.exec(paragraph.text);
      if (numberedEntry)
        entries.push({ number: Number(numberedEntry[1]), title: numberedEntry[2] ?? '', from: mentions.length });
      // 以上项目由X负责统筹协调，Y配合: a closing line that answers for every project above it, back to
      // the closing line of the group before.
      // 二、纺织服装: a group heading inside the box; a closing line below it is about its group only.
      if (GROUP_HEADING.test(paragraph.text)) {
        groupStart = mentions.length;
        inGroup = true;
        unanswered = [];
        // 一、鲽湾经济技术开发区: a group of an area's projects says where they lie, up to the next group.
        const group = areaHeading(paragraph.text.replace(/^[一二三四五六七八九十]{1,3}、/, ''), paragraph, ctx);
        if (group) {
          heading = group;
          continue;
        }
        if (heading && GROUP_HEADING.test(heading.text)) heading = itemHeading;
      }
      // 以上第3、4项由X负责实施: the bodies answer for the box's items of those numbers, no other.
      // An entry numbered in the item's paragraphs (3. 城市道路：…) is what the number names; else the item.
      const byNumber = numberedCoveringUnits(paragraph.text);
      if (byNumber) {
        mentions.forEach((mention, k) => {
          const number =
            k >= itemFrom ? (entries.filter((e) => e.from <= k).at(-1)?.number ?? mention.item) : mention.item;
          if (byNumber.items.includes(number)) mention.orgs = withUnits(mention.orgs, byNumber.units, paragraph);
        });
        unanswered = [];
        continue;
      }
      const scoped = scopedCoveringUnits(paragraph.text);
      // The group's title, the item's or the entry's (5. 站点综合开发：…), that a scoped clause's topic names.
      const titleAbove = (mention: ProjectMention, offset: number) => {
        const k = covered + offset;
        const entryTitle = k >= itemFrom ? (entries.filter((e) => e.from <= k).at(-1)?.title ?? '') : '';
        return `${groupTitles.filter((g) => g.from <= k).at(-1)?.title ?? ''} ${mention.itemTitle ?? ''} ${entryTitle}`;
      };
      const above = mentions.slice(covered);
      // 以上站点综合开发项目由X实施: one clause scoped so answers where its topic is a title above, as two do.
      if (
        scoped &&
        (scoped.length >= 2 || above.some((m, offset) => titleAbove(m, offset).includes(scoped[0].topic)))
      ) {
        above.forEach((mention, offset) => {
          const clause = scoped.find(({ topic }) => titleAbove(mention, offset).includes(topic));
          if (clause) mention.orgs = withUnits(mention.orgs, clause.units, paragraph);
        });
        closed = true;
        covered = mentions.length;
        unanswered = [];
        continue;
      }
      const covering = coveringUnits(paragraph.text);
      if (covering) {
        // The box's last line, and its only closing line: it answers for the whole box, every group.
        const closesBox = !closed && item === box.items[box.items.length - 1] && index === item.paragraphs.length - 1;
        const from = closesBox ? 0 : Math.max(covered, groupStart);
        for (const mention of mentions.slice(from)) mention.orgs = withUnits(mention.orgs, covering, paragraph);
        closed = true;
        covered = mentions.length;
        unanswered = [];
        continue;
      }
      const units = responsibleClause(paragraph.text);
      if (units) {
        // 牵头单位：X；配合单位：Y as the box's last line, its only line of who answers, after entries of
        // several items: it answers for the whole box.
        const lastOfBox = item === box.items[box.items.length - 1] && index === item.paragraphs.length - 1;
        const wholeBox = lastOfBox && !closed && !answeredInBox && unanswered.length < mentions.length;
        for (const mention of wholeBox ? mentions : unanswered)
          mention.orgs = withUnits(mention.orgs, units, paragraph);
        answeredInBox = true;
        unanswered = [];
        continue;
      }
      const sub = subHeading(paragraph.text);
      const area = sub === null ? null : ctx.districts.alone(sub);
      // （四）甲县、乙县: a sub-heading of several areas.
      const grouped = AREA_GROUP.exec(paragraph.text)?.[1];
      const areas = grouped !== undefined && grouped.split('、').every((a) => ctx.districts.alone(a) !== null);
      // A sub-heading of an area (or of several, or of the plan's own level: 旗本级) groups where projects lie,
      // not who answers for them: a 责任单位 line closing the box after several such groups is about all of them.
      const groupsWhere = area !== null || areas || (sub !== null && OWN_LEVEL.test(sub));
      // Under a group heading (一、花炮产业), a 责任单位 line after its numbered entries is about the whole group.
      const topic =
        sub !== null && !groupsWhere && CN_SUB_HEADING.test(paragraph.text) && !/[。；：]/.test(paragraph.text);
      if (topic) inTopic = true;
      if (
        (startsWithEnumerator(paragraph.text) || BULLET.test(written.text)) &&
        !groupsWhere &&
        !inGroup &&
        (topic || !inTopic)
      )
        unanswered = [];
      const before = mentions.length;
      if (sub !== null || areas) {
        closeBodyGroup();
        // （一）X能源集团有限公司 over 1. A、2. B: a sub-heading naming a firm, an office or a government
        // groups the entries that body answers for.
        const body =
          sub !== null && area === null && CN_SUB_HEADING.test(paragraph.text) && BODY_KINDS.includes(unitKind(sub))
            ? namedBodies([sub])[0]
            : undefined;
        if (body) {
          bodyGroup = { units: [{ body }], line: paragraph, from: mentions.length };
          heading = itemHeading;
          continue;
        }
        // （二）蛎岛区 on a line of its own scopes the paragraphs below it, up to the next sub-heading.
        heading = area ? { district: area.name, line: paragraph.line, text: paragraph.text } : itemHeading;
        underAreas = areas;
        if (area || areas) continue;
      }
      // 项目名称：建设内容: the line names one project; what it builds are its parts, not projects of their own.
      // ① 名称：… : a numbered line may name its project so too, under the item's own number.
      // Only a name of its own there: a numbered topic (1.数字基础设施：…) heads the projects after it,
      // unless a 牵头单位 line of its own follows it.
      const numbered = subItemNumber(paragraph.text);
      // 3.检验检测平台： then A、B、C on a line of its own: the names the topic's colon opens.
      const listFollows = /[：:]$/.test(item.paragraphs[index - 1]?.text ?? '');
      const next = item.paragraphs[index + 1];
      const answered = next !== undefined && responsibleClause(next.text) !== null;
      // 1.X街区保护提升 over 2.Y旅游带: numbered names one to a line, as a figure's key lists them, each a project.
      const previousLine = item.paragraphs[index - 1];
      const nameOnly =
        numbered !== null &&
        !/[，。；：]/.test(numbered.rest) &&
        [previousLine, next].some((p) => p !== undefined && subItemNumber(p.text) !== null);
      // ★ X旅游区 over ★ Y漂流: bulleted names one to a line are a list of entries as numbered ones are
      // (one closed by an area code, X物流园〔B〕, is read with the box's legend of codes).
      const bulletRun =
        bullet !== undefined &&
        !/[，。；：]/.test(paragraph.text) &&
        !AREA_CODE.test(paragraph.text) &&
        [previousLine, next].some((p) => p !== undefined && bulletOf(p.text) === bullet);
      // ● X：… under an area's sub-heading, or in a run of such lines, is an entry as a numbered line is the item's.
      const bulleted =
        bullet !== undefined &&
        ((heading !== null && heading !== itemHeading) ||
          [previousLine, next].some((p) => p !== undefined && bulletOf(p.text) === bullet));
      const entry = numbered !== null || bulleted;
      const titled =
        reader.titledProject(numbered?.rest ?? paragraph.text, entry, answered) ??
        (numbered
          ? nameOnly
            ? reader.lineProject(numbered.rest, heading !== null, true)
            : null
          : (reader.lineProject(paragraph.text, heading !== null, bulletRun) ??
            reader.leadProject(paragraph.text, heading !== null)));
      // X街道：A、B、C。 — an area and a colon heading the names of the projects that lie in it.
      // 1. X镇：A；B。 — numbered so too.
      const areaListed = titled ? null : reader.areaListedProjects(numbered?.rest ?? paragraph.text);
      // 1. X工程，主要包括A、B、C三个子项目，… — the project, and its parts when they are counted as projects.
      const made = titled || areaListed ? null : reader.partsProject(numbered?.rest ?? paragraph.text);
      // A project of the paragraph, numbered by its line when the item has no number of its own.
      const ofParagraph = (found: Found, under: ProjectMention['heading']) =>
        mention(found, {
          item: numbered && !item.number ? numbered.number : item.number,
          itemTitle: item.title,
          line: paragraph.line,
          quote: paragraph.text,
          heading: under,
        });
      if (made) {
        for (const found of [made.parent, ...made.parts]) mentions.push(ofParagraph(found, heading));
        for (const sentence of sentences(paragraph.text).slice(1)) {
          const said = responsibleClause(sentence);
          if (said) for (const m of mentions.slice(before)) m.orgs = withUnits(m.orgs, said, paragraph);
        }
        unanswered = [];
        continue;
      }
      // 市城市管理局：A、B。 — the body heading the line answers for the projects it lists.
      const unitListed = titled || areaListed ? null : reader.unitListedProjects(numbered?.rest ?? paragraph.text);
      if (unitListed) {
        for (const found of unitListed.found) {
          found.orgs = withUnits(found.orgs, [{ body: unitListed.body }], paragraph);
          mentions.push(
            mention(found, {
              item: item.number,
              itemTitle: item.title,
              line: paragraph.line,
              quote: paragraph.text,
              heading,
            }),
          );
        }
        unanswered = [];
        continue;
      }
      // A；B；C。 under an area's sub-heading: names set apart by ；, each a project's name on its own.
      const listed: { found: Found; heading: ProjectMention['heading'] }[] = titled
        ? []
        : (areaListed?.flatMap(({ area, found }) =>
            found.map((f) => ({ found: f, heading: { district: area, line: paragraph.line, text: paragraph.text } })),
          ) ??
          (numbered
            ? []
            : reader
                .namesOfLine(paragraph.text, heading !== null || underAreas || listFollows)
                .map((found) => ({ found, heading }))));
      for (const { found, heading: listHeading } of titled ? [{ found: titled, heading }] : listed)
        mentions.push(ofParagraph(found, listHeading));
      if (titled || listed.length > 0) {
        // ☆ X：描述。（牵头单位：Y；配合单位：Z）: who answers for the line's projects closes it, and only them.
        let answeredHere = false;
        for (const sentence of sentences(paragraph.text).slice(1)) {
          const said = responsibleClause(sentence);
          if (!said) continue;
          for (const mention of mentions.slice(before)) mention.orgs = withUnits(mention.orgs, said, paragraph);
          answeredHere = true;
        }
        if (answeredHere) unanswered = [];
        else unanswered.push(...mentions.slice(before));
        continue;
      }
      const parts = sentences(paragraph.text);
      // ——水利。… and （1）城市更新。…: a paragraph's head is the sub-heading its projects are filed under.
      const itemTitle = item.title || (parts.length > 1 ? paragraphHead(parts[0]) : '');
      // 1. 簟山绿色食品。推进…: an area the paragraph's head opens with scopes its projects as an item heading does.
      const scope = (itemTitle !== item.title && headingArea(itemTitle, paragraph.line, ctx)) || heading;
      // 1. 芷源湖国家级旅游度假区。位于芷源区，建设…: the numbered heading is the project, what follows its parts.
      // A numbered heading among headings that each name their project names one too, whatever its head.
      // 4.【X科技园区】位于Y，建设…: the name in 【】 is the heading, what follows it in the sentence describes it.
      const named = NAME_IN_BRACKETS.exec(parts[0] ?? '');
      const headed: ReturnType<BoxReader['headingProject']> = named
        ? reader.headingProject(`${named[1]}${named[2]}${named[3]}`, named[4], {
            inRun: headedBefore,
            bulleted: named[1] === '',
            setApart: true,
          })
        : reader.headingProject(parts[0] ?? '', parts[1] ?? '', {
            inRun: headedBefore,
            bulleted: BULLET.test(written.text),
            vouched: bodyGroup !== null || isNumberedRecord(parts[0] ?? ''),
          });
      afterHeaded = headed !== null || (groupLine && headedBefore);
      // 1. X园。描述。（甲镇、乙乡） — areas in brackets closing the entry are where its project lies.
      const closing = CLOSING_AREAS.exec(paragraph.text)?.[1];
      const closingAreas = closing ? closing.split(/[、，,]/).map((a) => ctx.districts.alone(a.trim())) : [];
      const placed = closingAreas.length > 0 && closingAreas.every((a) => a !== null && !a.unlisted);
      if (headed) {
        const bracketDistricts = placed
          ? [...headed.found.bracketDistricts, ...closingAreas.map((a) => a!.name)]
          : headed.found.bracketDistricts;
        mentions.push(
          mention(
            { ...headed.found, bracketDistricts },
            {
              item: headed.number || item.number,
              itemTitle,
              line: paragraph.line,
              quote: placed ? paragraph.text : `${parts[0]}。${parts[1] ?? ''}`,
              heading: scope,
            },
          ),
        );
      }
      for (const sentence of parts) {
        // …。责任单位：县卫健委。 / （牵头单位：X；配合单位：Y）: who answers for the projects named before it.
        // …。以上项目由X负责组织实施。: the paragraph's projects, when the closing line runs on in it.
        const closing = coveringUnits(sentence);
        if (closing) {
          // 注：…。以上项目由X牵头。 — in a note closing the box, and its only closing, it answers for the whole box.
          const closesBox =
            !closed &&
            NOTE.test(paragraph.text) &&
            item === box.items[box.items.length - 1] &&
            index === item.paragraphs.length - 1;
          for (const mention of mentions.slice(closesBox ? 0 : before))
            mention.orgs = withUnits(mention.orgs, closing, paragraph);
          covered = mentions.length;
          closed = true;
          continue;
        }
        const said = responsibleClause(sentence);
        if (said) {
          for (const mention of [...unanswered, ...mentions.slice(before)])
            mention.orgs = withUnits(mention.orgs, said, paragraph);
          // Answered: the next paragraph's 牵头单位 clause is about its own projects.
          unanswered = [];
          answeredUpTo = mentions.length;
          continue;
        }
        // …。建设地点：X。 — a field of the entry: where the paragraph's projects lie.
        const field = LOCATION_FIELD.exec(sentence);
        if (field) {
          const areas = ctx.districts
            .find(field[1])
            .filter((d) => !d.unlisted)
            .map((d) => d.name);
          for (const m of mentions.slice(before)) m.locatedAfter = [...m.locatedAfter, ...areas];
          continue;
        }
        // 2.城市更新。甲市：A、B；乙州：C。 — after a heading, a sentence of areas each heading its projects.
        const areaListed = reader.areaListedProjects(sentence);
        if (areaListed) {
          for (const { area, found } of areaListed)
            for (const f of found)
              mentions.push(
                mention(f, {
                  item: item.number,
                  itemTitle,
                  line: paragraph.line,
                  quote: sentence,
                  heading: { district: area, line: paragraph.line, text: sentence },
                }),
              );
          continue;
        }
        const read = described && written === first ? [] : reader.read(sentence);
        // …。由X负责实施。 / …。X牵头，Y配合。: a sentence naming no project, only who answers for the ones before it.
        const undertaken = read.length === 0 ? reader.unitSentence(sentence) : null;
        if (undertaken) {
          // 由X牵头，Y配合实施。 as the box's last line, its only line of who answers: it answers for the whole box.
          const wholeBox =
            !closed &&
            !answeredInBox &&
            item === box.items[box.items.length - 1] &&
            index === item.paragraphs.length - 1 &&
            sentences(paragraph.text).length === 1;
          for (const mention of wholeBox ? mentions : [...unanswered, ...mentions.slice(before)]) {
            mention.orgs = withUnits(mention.orgs, undertaken.units, paragraph);
            // The district it names is quoted from this sentence, not the project's own.
            mention.clauseDistricts = [
              ...mention.clauseDistricts,
              ...undertaken.districts.map((d) => ({ ...d, source: { line: paragraph.line, quote: sentence } })),
            ];
          }
          // Answered: a unit sentence of a later paragraph is about that paragraph's projects.
          unanswered = [];
          answeredUpTo = mentions.length;
          continue;
        }
        for (const found of read) {
          if (headed && found.tier === 'B') continue;
          mentions.push(
            mention(found, { item: item.number, itemTitle, line: paragraph.line, quote: sentence, heading: scope }),
          );
        }
      }
      unanswered.push(...mentions.slice(Math.max(before, answeredUpTo)));
    }
    closeBulletGroup();
    closeBodyGroup();
  }
  // The bodies a footnote says build an entry (1由X负责建设) answer for it, quoted from the footnote.
  for (const mention of mentions) {
    const note = noted.get(mention.line);
    if (!note) continue;
    const clauses = splitOutside(note.text.replace(FOOTNOTE, ''), '，,；;。').map((clause) => clause.trim());
    const units = clauses.flatMap((clause) => answering(clauseUnits(clause)) ?? []);
    mention.orgs = withUnits(mention.orgs, units, note, 'org-footnote');
    // 1位于甲县 / 选址乙区 / 本项目位于丙经开区: where it lies.
    for (const clause of clauses) {
      const place = /^(?:本项目)?(?:位于|选址(?:于|在)?|落户)(.+)$/u.exec(clause)?.[1];
      const areas = place ? place.split(/[、和及]/u).map((a) => ctx.districts.alone(a.trim())) : [];
      if (areas.length === 0 || areas.some((a) => a === null || a.unlisted)) continue;
      mention.clauseDistricts = [
        ...mention.clauseDistricts,
        ...areas.map((a) => ({
          name: a!.name,
          rule: 'district-footnote' as const,
          source: { line: note.line, quote: note.text },
        })),
      ];
    }
  }
  return mentions;
}

/** A footnote under a box (1由X负责建设。), its mark a plain number: the number and what it says. */
const FOOTNOTE = /^(?:注[：:])?\s*(\d{1,2})(?![\d.．、）)])\s*(?=\p{Script=Han})/u;
/** A footnote's number glued after an entry's name before its colon (◆ X蓄能电站1：…). */
const NOTED_NAME = /^([^：:。；]*\p{Script=Han})(\d{1,2})(?=[：:])/u;

/**
 * The footnotes under a box, after a line that opens with 注： (注：1位于X，由Y负责建设 / 注： over 1由X共建): each
 * by its number, and the lines they stand on.
 */
function footnotes(box: ParsedBox): { byNumber: Map<number, SourceLine>; lines: Set<SourceLine> } {
  const byNumber = new Map<number, SourceLine>();
  const lines = new Set<SourceLine>();
  let inNotes = false;
  for (const paragraph of box.items.flatMap((item) => item.paragraphs)) {
    const opens = /^注[：:]/.test(paragraph.text);
    inNotes ||= opens;
    const note = inNotes ? FOOTNOTE.exec(paragraph.text) : null;
    if (note) {
      byNumber.set(Number(note[1]), paragraph);
      lines.add(paragraph);
    } else if (!(opens && /^注[：:]\s*$/.test(paragraph.text))) inNotes = false;
  }
  return { byNumber, lines };
}

type Units = AnsweringBody[];

/** Each name split in two at the first `conjunction` outside brackets, where `splits` says its two sides are names. */
function splitAt(names: string[], conjunction: string, splits: (left: string, right: string) => boolean): string[] {
  return names.flatMap((n) => {
    const index = indexOutside(n, conjunction);
    if (index < 0) return [n];
    const left = n.slice(0, index);
    const right = n.slice(index + conjunction.length);
    return splits(left, right) ? [left, right] : [n];
  });
}

/** Entries under a heading that names who answers for them (and may file them by its title): from `from` on. */
interface EntryGroup {
  units: Units;
  line: SourceLine;
  from: number;
  title?: string;
}

/**
 * A short title after the outer bullet (the item's first) followed by a line of another bullet (● over
 * ○), perhaps closed by who answers for its entries (● 优质均衡教育（责任单位：X）): the heading of a
 * group, its title and bodies; else null.
 */
function bulletGroupHeading(
  text: string,
  next: string,
  outer: string | undefined,
): { title: string; units: Units } | null {
  const bullet = bulletOf(text);
  const nextBullet = bulletOf(next);
  if (bullet === undefined || bullet !== outer || nextBullet === undefined || nextBullet === bullet) return null;
  const heading = /^(.+?)([（(][^（）()]*[）)])?[。]?$/.exec(text.replace(BULLET, '').trim());
  const title = heading?.[1] ?? '';
  // A heading is a short title, no entry with what it builds (■ X：位于…; ★ Y：…).
  if (title.length > 24 || /[：:，。；,;]/.test(title)) return null;
  const units = heading?.[2] ? (responsibleClause(heading[2]) ?? []) : [];
  return { title, units };
}

/** 支持A、B等龙头企业做大做强: firms a box says are to grow, named by their short names. */
const GROWN_FIRMS =
  /(?:支持|推动|鼓励|引导|培育)((?:[\u4e00-\u9fff]{3,8}、)+[\u4e00-\u9fff]{3,8}|[\u4e00-\u9fff]{3,8}(?=等))(?:等(?:一批)?(?:龙头|骨干|链主|重点|优势|领军)?企业)?(?:做大做强|做优做强|做强做优|发展壮大)/gu;

/**
 * The firms a box names as the ones to grow (支持甲乙轴承、丙丁精工做大做强, 支持X等龙头企业做大做强):
 * each a short name of its own, neither an area, nor a kind of firm or of economy (民营企业, 数字经济).
 */
export function grownFirms(box: ParsedBox, ctx: Pick<ExtractContext, 'rules' | 'districts'>): string[] {
  const found = new Set<string>();
  const { rules } = ctx;
  for (const item of box.items)
    for (const paragraph of item.paragraphs)
      for (const match of paragraph.text.matchAll(GROWN_FIRMS))
        for (const name of match[1].split('、'))
          if (
            !/(企业|经济|产业|行业|品牌)/.test(name) &&
            !endsWithAny(name, rules.policyEndings) &&
            !startsWithAny(name, rules.orgs.genericPrefixes) &&
            !startsWithAny(name, rules.categoryPrefixes) &&
            ctx.districts.find(name).length === 0
          )
            found.add(name);
  return [...found];
}

/** A run-in topic of a box's paragraph (煤电清洁高效转型。…): a few words, no punctuation. */
const RUN_IN_TOPIC = /^[\u4e00-\u9fff]{2,12}$/u;
/** A note under a box's entries (说明：…, 注：…). */
const NOTE = /^(?:说明|注|备注)[：:]/;

/** A body a line says answers for projects, and whether it leads or supports (none: it carries them out). */
export interface AnsweringBody {
  body: string;
  role?: 'lead' | 'supporting';
}

/** The bodies of a clause as a line's answering bodies (one carrying the projects out has no role); null for none. */
function answering(units: ClauseUnit[]): AnsweringBody[] | null {
  return units.length > 0 ? units.map(({ body, role }) => ({ body, ...(role !== 'undertaker' && { role }) })) : null;
}

/** 以上项目由X负责统筹协调，Y配合: the bodies answering for every project above it, or null. */
function coveringUnits(text: string): AnsweringBody[] | null {
  // 注：各项目由X统筹协调。: a note saying so of every project is such a line too.
  const closing = /^(?:(?:注|说明)[：:])?(?:以上|上述|各|所有)(?:重点)?(?:项目|工程)(由.+?)。?$/.exec(text);
  // …牵头推进，其中港口码头项目由X负责实施: a clause about some of them only says nothing of the others.
  const said = closing?.[1].replace(/[，,]其中[^，,。]+$/, '');
  return answering(said ? clauseUnits(said) : []);
}

/** What gives an entry's name an identity of its own: a place, a firm, a quoted or proper name (not 港口和航道, a route's words). */
const NAMING_IDENTITIES: ReadonlySet<string> = new Set([
  // 隞州国际人才港：位于…: on a numbered or bulleted line of its own, the plan's own name is identity enough.
  'city-name',
  'district-name',
  'place-name',
  'feature-name',
  'organisation-name',
  'quoted-name',
  'proper-name',
  'designated-name',
]);

/** An entry numbered 3. or 3、 at the head of a paragraph (not 3.5万吨), with its title before a colon (3. 城市道路：). */
const ENTRY_NUMBER = /^\s*(\d{1,2})\s*[.．、](?!\d)\s*(?:([^：:。，,；;]{2,12})[：:])?/u;

/** 以上第3、4项由X负责实施: the numbers of the items a closing line names and the bodies answering for them, or null. */
function numberedCoveringUnits(text: string): { items: number[]; units: AnsweringBody[] } | null {
  const line = /^(?:以上|上述)?第([\d、，,—–\-～~至]+)项(?:项目|工程)?(由.+?)。?$/u.exec(text.trim());
  const units = line ? answering(clauseUnits(line[2])) : null;
  const items = line ? numberList(line[1]) : [];
  return units && items.length > 0 ? { items, units } : null;
}

/**
 * 以上教育项目由X牵头，医疗卫生项目由Y牵头: a closing line whose clauses each answer for the projects of the
 * groups their topic names; null unless each clause is such a clause and nothing else.
 */
function scopedCoveringUnits(text: string): { topic: string; units: AnsweringBody[] }[] | null {
  const line = /^(?:以上|上述)(.+?)。?$/.exec(text.trim());
  if (!line) return null;
  const clauses: { topic: string; units: AnsweringBody[] }[] = [];
  for (const part of splitOutside(line[1], '，,；;')) {
    const scoped = /^([\u4e00-\u9fff]{2,8}?)(?:项目|工程)(由.+)$/u.exec(part.trim());
    const units = scoped ? answering(clauseUnits(scoped[2])) : null;
    if (!scoped || !units) return null;
    clauses.push({ topic: scoped[1], units });
  }
  return clauses.length > 0 ? clauses : null;
}

const RESPONSIBLE_LINE = new RegExp(`^[〔（(【]?(${UNIT_LINE_HEADS})[：:](.+?)[〕）)】]?[。]?$`);

/** A 责任单位 line after an item (责任单位：市工信局、X管委会): its bodies, or null for any other line. */
export function responsibleLine(text: string): AnsweringBody[] | null {
  const line = RESPONSIBLE_LINE.exec(text.trim());
  if (!line) return null;
  const role = line[1] === '牵头单位' ? 'lead' : line[1] === '配合单位' ? 'supporting' : undefined;
  // 各县（市、区）人民政府: a 、 inside brackets parts no bodies.
  const bodies = splitOutside(line[2].replace(/[，,；;]/g, '、'), '、').map((body) => body.trim());
  return namedBodies(bodies).map((body) => ({ body, ...(role && { role }) }));
}

/** A 责任单位 clause that may give the lead and the supporting bodies in turn (牵头单位：X；配合单位：Y). */
export function responsibleClause(text: string): AnsweringBody[] | null {
  const bracketed = /^[〔（(【](.+)[〕）)】][。]?$/.exec(text.trim())?.[1];
  const inner = bracketed ?? text;
  const units: AnsweringBody[] = [];
  for (const part of inner.split(/[；;]/)) {
    const line = responsibleLine(part);
    if (!line) return bracketed ? clauseInBrackets(bracketed) : null;
    units.push(...line);
  }
  return units;
}

/** （X牵头，Y配合） / （X人民政府负责）: a clause of who answers for the line, set in brackets after it. */
function clauseInBrackets(inner: string): AnsweringBody[] | null {
  return answering(clauseUnits(inner));
}

/** A mention's organisations with the bodies of a 责任单位 line after it, quoted from that line. */
function withUnits(
  orgs: OrgHit[],
  units: AnsweringBody[],
  line: { line: number; text: string },
  rule: 'org-responsible-line' | 'org-footnote' = 'org-responsible-line',
): OrgHit[] {
  const added = units
    .filter((u) => !orgs.some((o) => o.name === u.body))
    .map((u): OrgHit => ({
      name: u.body,
      kind: unitKind(u.body),
      form: u.body,
      rule,
      ...(u.role && { role: u.role }),
      source: { line: line.line, quote: line.text },
    }));
  return [...orgs, ...added];
}

/** How the description of a project starts when its heading is the name: where it lies, what it builds, its size. */
const DESCRIPTION_START =
  /^(项目)?(办学规模|(?:设置|规划|编制)?床位|位于|地处|选址|已建|在建|拟建|装机|新建|建设|改建|扩建|改扩建|续建|改造|修缮|实施|提升|完善|打造|举办|承办|整合|争创|创建|迁至|迁入|更新|建造|投放|购置|开设|处理规模|设计规模|建设规模|总投资|计划投资|占地|总?建筑面积|总?用地面积|规划|主要建设|包括|新增|引进|配套建设|开展|联合|依托|(?:在|沿)[\u4e00-\u9fff、]{2,24}?(?:建设|新建|改建|扩建|迁建|举办)|[东南西北]起|起于|展示|每年|每届|由[\u4e00-\u9fff]{2,20}?(投资)?(建设|实施|牵头)|开通|配置|串联|连接|全长|面向|聚焦|围绕|提供|为[\u4e00-\u9fff、]{2,16}?提供|以[\u4e00-\u9fff、]{2,12}?为(?:原料|依托|载体|主体|核心)|集聚|集成|连通|打通|利用|[年日](产|处理|加工|节|新增|供水))/u;
/** A sub-heading numbered （一）: a group's. */
const CN_SUB_HEADING = /^\s*[（(][一二三四五六七八九十]{1,3}[）)]/;
/** Bodies that answer for a group of entries headed by their name. */
const BODY_KINDS: readonly string[] = ['enterprise', 'department', 'district-government'];
/** Output named by its size inside a name (60万锭, 5万吨, 300万件): with a firm's name, a production project. */
const SIZED_OUTPUT = /[\d.]+[万亿]?(?:吨|锭|套|台|件|辆|头|只|千瓦)(?![时])/u;
/** A firm's added output (年产500万套…): with the firm's name, a production project. */
const OUTPUT = /年产[\d.]+[万亿]?[\u4e00-\u9fff]/u;
/** A count closing what a verb names (“机器换人”项目200个以上, 公交首末站6个): a target, not a named project. */
const QUANTITY =
  /[\d０-９.]+[万亿千百]?(?:个|座|条|所|家|处|平方公里|公里|千米|平方米|立方米|米|公顷|万亩|亩|套|台|栋|辆|艘|张|块|批)(?:以上|左右)?$/u;
/** A count opening what a verb names (建成1所三级医院, 新建3座水厂): so many of a kind, no named project. */
const COUNTED_KIND = /^[\d.]+[万千百]?(?:个|座|条|所|家|处|套|台|栋|辆|艘|张|块|批)/u;
/** A decimal item (1.2 名称。…, 1.1.2 名称：…) under the heading its first number names. */
const DECIMAL_ITEM = /^\s*(\d{1,2})(?:\.\d{1,2}){1,3}(?![\d.])\s*(.+)$/su;
/** A bullet that opens a list entry (■ ★ ◆ ▲ ● ·). */
const BULLET = new RegExp(`^\\s*[${BULLET_MARKS}]+\\s*`, 'u');
/** The mark a bulleted line opens with, once however often it is written (★★★ ranks, it nests nothing). */
const bulletOf = (text: string): string | undefined => BULLET.exec(text)?.[0].trim()[0];
/** 名称，主要包括A、B、C(三个子项目): the name, the list, and whether the list is counted as projects. */
const PARTS =
  /^([^，。；：]{4,30})，(?:主要)?包括([^，。；：]+?)(?:等)?((?:[\d一二三四五六七八九十两]+个)(?:子)?项目)?(?=[，。；]|$)/u;
/** Brackets closing an entry after its last sentence (…。（甲镇、乙乡）): what they hold. */
const CLOSING_AREAS = /[。；;]\s*[（(]([^（）()]{2,40})[）)][。]?$/u;
/** A line headed by a named body and a colon (市城市管理局：…): a department, a government, a committee or a firm. */
const UNIT_HEADED =
  /^([^：:，。、；（）]{3,24}(?:局|分局|委|委员会|办|办公室|管委会|人民政府|办事处|公司|集团))[：:](.+)$/u;
/**
 * An entry that opens with its name in 【】 (4.【X科技园区】位于Y，建设…, 【X工程】（甲县）修缮…): its number, the
 * name, a bracket right after it, the rest.
 */
const NAME_IN_BRACKETS =
  /^(\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])?\s*)【([^【】]{4,30})】((?:（[^（）]{2,20}）)?)(.+)$/u;
/** A town's name alone (丁镇, 戊己乡, 庚辛街道), not a project of a town's kind (渔港小镇, a 特色小镇). */
const TOWN = /^(?!.*小镇$)\p{Script=Han}{1,3}(?:镇|乡|街道)$/u;
/** A name closed by a bracket (X示范村（甲镇）). */
const PLACED_NAME = /^[^（）]{4,}（[^（）]+）$/u;
/** A quoted name closing a name (X养殖平台“Y号”). */
const QUOTED_END = /“[^“”]+”$/u;
/** A clause saying where a project is, is built or is held (项目位于X, 在X主峰建设…, 每年在X举办). */
const WHERE_CLAUSE = /^(?:(?:项目)?位于|(?:每年|每届)?(?:在|沿).{2,24}?(?:建设|新建|改建|扩建|迁建|举办))/u;
/** Words in a script of the country's peoples other than Han (Tibetan, Mongolian, Uyghur, Yi), and no Han character. */
const OTHER_SCRIPT = /^(?=.*[\u0f00-\u0fff\u1800-\u18af\u0600-\u06ff\ua000-\ua4cf])[^\u4e00-\u9fff]+$/u;
/** A kind named by a letter in brackets after a name (保税物流中心（B型）). */
const KIND_LETTER = /^[A-Z]型$/;
/** A village (村, a pastoral 嘎查), community or island written in brackets after a name: a locality below any area. */
const LOCALITY = /^\p{Script=Han}{2,8}(?:村|嘎查|社区|岛|列岛)$/u;
/** A town or township by its name (甲乙镇, 丙丁乡, 戊己苏木). */
const TOWNSHIP = /^\p{Script=Han}{2,6}(?:镇|乡|苏木)$/u;
/** After an area of the plan, a place inside it that the plan does not list: a village, an island or a town (甲旗乙镇). */
const PLACE_IN_AREA = /^\p{Script=Han}{2,8}(?:村|嘎查|社区|岛|列岛|镇|乡|苏木)$/u;
/** A name closed by area codes in brackets (X物流园〔A、C〕). */
const AREA_CODE = /^(.+?)\s*〔([A-Z](?:、[A-Z])*)〕$/u;
/** One entry of a box's legend of area codes (A—甲区, B－乙县). */
const CODE_ENTRY = /^([A-Z])\s*[—–－\-:：]+\s*(.+)$/u;

/**
 * The areas a box's legend gives letters ((…代码：A—甲区，B—乙县；…)): every entry of a line that holds two
 * at least, each an area of the plan; none without such a line.
 */
function areaCodes(box: ParsedBox, ctx: ExtractContext): Map<string, string> {
  for (const paragraph of box.items.flatMap((item) => item.paragraphs)) {
    const entries = paragraph.text
      .replace(/^[（(]|[）)]$/g, '')
      .split(/[，,；;。：:]/)
      .map((piece) => CODE_ENTRY.exec(piece.trim()))
      .filter((entry) => entry !== null);
    const areas = entries.map((entry) => ctx.districts.alone(entry[2]));
    if (entries.length >= 2 && areas.every((a) => a !== null && !a.unlisted))
      return new Map(entries.map((entry, i) => [entry[1], areas[i]!.name]));
  }
  return new Map();
}

/** A field saying where an entry's project lies (建设地点：X, 项目地点：X). */
const LOCATION_FIELD = /^(?:建设|项目|所在)?地点[：:](.+)$/u;
/** The label of a paragraph that describes the project its item heading names (主要建设内容：…). */
const CONTENT_LABEL = /^(?:主要)?(?:建设|项目)(?:内容|规模|概况)(?:及规模|及内容)?[：:]/u;
/** Single characters a facility's noun ends in (敬老院, 文化馆, 污水站, 体育场, 产业园, 综合楼, 海外仓, 文化宫). */
export const FACILITY_END = /[院馆所站场厂园库校楼仓宫]$/;
/**
 * A firm, where or with what it builds, its verb and the project: 塬乳乳业 / 在碛城街道 / 建设 / 低温乳品加工厂,
 * 泱源酒业 / 利用老厂房 / 建设 / X养老综合体.
 */
const ACTOR = /^([\u4e00-\u9fffA-Za-z]{2,10}?)((?:在|利用)[\u4e00-\u9fff]{2,10}?)?(实施|建设|新建)(.{2,})$/u;
/** The last character of a region's name that, opening a name, is that region's own (州中医院, 旗医院, 区图书馆). */
const OWN_LEVELS = new Set(['区', '州', '旗', '盟']);
/** A building or campus of an institution after its name (实验楼, 门诊综合楼, 新院区, 东校区). */
const INSTITUTION_PART = /^[\u4e00-\u9fff]{0,6}(楼|大楼|院区|校区)$/u;
/** A road's number opening a name (S218椪溪至篁坳段改扩建). */
const CODE_START = /^[A-Z]\d{2,4}(?=\p{Script=Han})/u;
/** The last item of a 推进…建设 list, the frame's 建设 after its name. */
const FRAME_CLOSE = /^([^，、；的]{4,})建设$/;
/** A firm named by a proper name of two or three characters and its farm, forestry or food trade (丰硕农业, 凊鲜冷链). */
const ACTOR_TRADE = /^[\u4e00-\u9fff]{2,3}(农业|果业|林业|竹业|木业|茶业|牧业|渔业|马业|冷链|食品)$/u;
/** A bracket that says who leads or undertakes a project (X牵头，Y配合 / X负责 / X实施). */
const UNIT_CLAUSE = /(牵头|配合|负责|实施)/;

/** Words that make …镇/…乡 a kind of town, not one town (重点镇, 特色小镇, 中心镇, 建制镇, 各乡镇, 村镇). */
const TOWN_KIND_WORDS = ['重点', '特色', '小', '中心', '建制', '示范', '各', '集', '乡', '县城', '村'];

/** What a name that holds a verb may end with and still be a name: the works' own head (提升工程, 改造项目). */
const WORKS_HEAD = /^(工程|项目)$/;

/** A village by its own name at the head of a name (岗下村…, 萨仁嘎查…), not a kind of village (村落, 村民). */
const VILLAGE = /^(\p{Script=Han}{2,3}?)(村|嘎查)(?![落民级庄委集镇])/u;
/** Words that make …村 a kind of village (城中村, 传统村落, 美丽乡村, 行政村, 易地搬迁新村). */
const VILLAGE_KIND_WORDS = [
  '城中',
  '传统',
  '行政',
  '自然',
  '美丽',
  '和美',
  '数字',
  '未来',
  '移民',
  '搬迁',
  '贫困',
  '新',
  '古',
];

/** A group heading inside a box (一、优质棉花基地): a numeral, 、 and a short title without a sentence. */
const GROUP_HEADING = /^[一二三四五六七八九十]{1,3}、[^，。；：,:;]{2,16}$/u;

/** A numbered sub-heading that may name several areas (（四）甲县、乙县): its title. */
const AREA_GROUP = /^\s*[（(][一二三四五六七八九十]{1,3}[）)]\s*([^。；，,;：:]{2,30})$/;

/** A kind, a count and the names of what is counted in brackets (高速铁路1条（A）, 铁路专用线3条（B、C）). */
const COUNTED_NAMES = /(\p{Script=Han}+?)\d+[万千百]?(?:个|座|条|所|家|处|项|批|套|对)[（(]([^（）()]+)[）)]/gu;
/** Brackets after a count that measure or break it down, not name it (含…, 总长…, 其中…). */
const MEASURE_IN_BRACKETS = /^(?:含|共|总|合计|其中|约|分别|包括|累计|新增|每)/u;
/** A table's or figure's caption (表2 …, 表3-1 …, 图1 …) or the head of a table's next page (续表). */
const CAPTION =
  /^(?:续表|[表图]\s*\d+(?:[-—.．]\d+)*(?!\d)(?![年月日个项%％])|[表图][一二三四五六七八九十]+(?=\s|“|[\u4e00-\u9fff]{2}))/u;
/** An area's tag opening a line (【錤坪区】X：…): the tag and the rest. */
const AREA_TAG = /^【([^【】]{2,12})】(.+)$/u;

/** A sub-heading for the projects of the plan's own level, of no one area (市本级, 旗本级, 全县, 全地区). */
const OWN_LEVEL = /^(?:(?:[省市县区旗州盟]|地区)本级|全(?:[省市县区旗州盟]|地区))$/;

/** Endings of a named area a heading may be (…旅游度假区, …历史文化街区, …国家森林公园, …传统村落, …渔港经济区). */
const HEADING_PLACE_END = /(度假区|街区|景区|公园|古镇|古城|小镇|村落|片区|城中村|经济区)$/;

/** The sub-heading a paragraph opens with (——水利, （1）城市更新, 2. 邮轮游艇), else ''. */
export function paragraphHead(sentence: string): string {
  return /^\s*(?:——|\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)]|[①-⑳])\s*([^，,、——]{2,12})$/.exec(sentence)?.[1] ?? '';
}

/** A numbered sub-heading on a line of its own (（一）篁洋县, （2）医疗): its title, else null. */
export function subHeading(text: string): string | null {
  return (
    /^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[①-⑳])\s*([^。；，,;：:、]{2,20})$/.exec(text)?.[1] ??
    null
  );
}

/** Text short enough, and without a clause's punctuation, to be an area's name written alone. */
const AREA_ALONE = /^[^，。；：、,;:！？!?]{2,30}$/u;

/**
 * The heading a line makes when `text` is one area the plan lists, written alone (溳口区, the 錤坪区 of 【錤坪区】):
 * that area, at the line; else null. Only short text is looked up: every line of a box comes here.
 */
function areaHeading(text: string, at: SourceLine, ctx: ExtractContext): ProjectMention['heading'] {
  const area = AREA_ALONE.test(text) ? ctx.districts.alone(text) : null;
  return area && !area.unlisted ? { district: area.name, line: at.line, text: at.text } : null;
}

/** The plan's own area a heading opens with (after the plan's own name), if it names one. */
function headingArea(title: string, line: number, ctx: ExtractContext): ProjectMention['heading'] {
  const hit = title ? ctx.districts.leading(title) : null;
  return hit && !hit.unlisted ? { district: hit.name, line, text: title } : null;
}

type Found = Pick<
  ProjectMention,
  | 'name'
  | 'tier'
  | 'identity'
  | 'rule'
  | 'distributedDistrict'
  | 'bracketDistricts'
  | 'locatedAfter'
  | 'clauseDistricts'
  | 'subjectDistricts'
  | 'lead'
  | 'sentenceSector'
  | 'orgs'
>;

/** A named project of a box item, with the areas its own brackets give and the places it lies in. */
const boxItem = (
  name: string,
  identity: Found['identity'],
  orgs: Found['orgs'],
  bracketDistricts: string[],
  locatedAfter: Found['locatedAfter'],
): Found => ({
  name,
  tier: 'A',
  identity,
  rule: 'box-item',
  distributedDistrict: null,
  bracketDistricts,
  clauseDistricts: [],
  locatedAfter,
  subjectDistricts: [],
  lead: '',
  sentenceSector: null,
  orgs,
});

/** What a BoxReader derives from the rules: the same for every box, so made once per rules. */
interface ReaderWords {
  verbs: string[];
  weak: Set<string>;
  phase: RegExp;
  /** A phase after a project's head (…铁路专用线二期, …幼儿园（二期）), by the rules' own phase pattern. */
  phaseEnd: RegExp;
  edition: RegExp;
  code: RegExp;
  verbChain: string[];
  /** The verbs and the verb chain as `trigger` tries them at every position of a segment. */
  verbWords: PrefixWords;
  /** Nouns that open with a verb (落地加工): no verb where they stand. */
  verbInWords: PrefixWords;
  chainWords: PrefixWords;
  /** What a name of the list ends with (a project noun, an institution), and the works that may follow. */
  sharedEndings: string[];
  sharedWorks: string[];
}

const readerWordsOf = new WeakMap<ExtractRules, ReaderWords>();

function readerWords(rules: ExtractRules): ReaderWords {
  let words = readerWordsOf.get(rules);
  if (!words) {
    const verbs = longestFirst(rules.triggerVerbs);
    const verbChain = longestFirst([...rules.triggerVerbs, ...rules.verbFillers]);
    words = {
      verbs,
      weak: new Set(rules.weakVerbs),
      phase: new RegExp(rules.identity.phasePattern),
      phaseEnd: new RegExp(`[（(]?(?:${rules.identity.phasePattern})(工程)?[）)]?$`),
      edition: new RegExp(rules.identity.editionPattern),
      code: new RegExp(rules.identity.codePattern),
      verbChain,
      verbWords: new PrefixWords(verbs),
      verbInWords: new PrefixWords(longestFirst(rules.verbInWords)),
      chainWords: new PrefixWords(verbChain),
      sharedEndings: longestFirst([...rules.projectNouns, ...rules.orgs.institutionSuffixes]),
      sharedWorks: longestFirst([...rules.actionNouns, ...rules.orgs.institutionWorks]),
    };
    readerWordsOf.set(rules, words);
  }
  return words;
}

class BoxReader {
  private readonly words: ReaderWords;
  /** The characters that open the plan's own institutions (市, 县, and 州 in a prefecture's plan, 区 in a district's). */
  private readonly ownLevels: ReadonlySet<string>;
  /** The sentence `describes` read ahead, and what it found: read once, when its turn comes. */
  private lookahead: { sentence: string; found: Found[] } | undefined;

  /**
   * @param codes the areas a box's legend gives letters (A—甲区): the code after a name (X〔A、C〕) says where
   * it lies
   */
  constructor(
    private readonly ctx: ExtractContext,
    private readonly codes: ReadonlyMap<string, string> = new Map(),
  ) {
    this.words = readerWords(ctx.rules);
    this.ownLevels = new Set(['市', '县', ...ctx.cityForms.map((c) => c.slice(-1)).filter((c) => OWN_LEVELS.has(c))]);
  }

  /**
   * A numbered heading that is itself a project (1.芷源湖国家级旅游度假区 / （1）… / ①…, then 位于芷源区，建设…): a
   * name with an identity of its own and a project's head, no verb; `next` may say where it lies.
   * After such a heading (`inRun`), a name with an identity of its own (a firm's, a place's) that what
   * follows describes is enough, whatever its head: a topic (3. 智能制造。) has none. A name of the
   * city's own `setApart` in 【】 needs no description after it, nor does an entry the layout `vouches` for:
   * one under a body's sub-heading (（三）X有限责任公司 over 1. X煤矿智能化改造工程), which that body builds,
   * or a record numbered 项目三：X.
   */
  headingProject(
    sentence: string,
    next: string,
    layout: { inRun?: boolean; bulleted?: boolean; setApart?: boolean; vouched?: boolean } = {},
  ): { found: Found; number: number } | null {
    const { inRun = false, bulleted = false, setApart = false } = layout;
    let vouched = layout.vouched ?? false;
    // ——X枸杞产业园。建设…: a dash opens an unnumbered entry as a number does, and so does a bullet (◇ X基地。).
    const dashed = /^——\s*(.+)$/su.exec(sentence);
    // 1.2 X产业园。位于…: a decimal item is an entry of the heading its first number names.
    const decimal = DECIMAL_ITEM.exec(sentence);
    const numbered =
      subItemNumber(sentence) ??
      (decimal ? { number: Number(decimal[1]), rest: decimal[2] } : null) ??
      (dashed ? { number: 0, rest: dashed[1] } : null) ??
      (bulleted ? { number: 0, rest: sentence } : null);
    if (!numbered || this.verbPhrase(numbered.rest)) return null;
    // ▸ X物流园〔B〕: a code the box's legend gives an area is where it lies.
    const coded = this.coded(numbered.rest);
    // ③X中试基地（位于Y）: areas in brackets after the name are where it lies.
    const bracketed = /^(.+)（([^（）]+)）$/.exec(coded.text);
    const areas = bracketed ? this.bracketPlace(bracketed[2]) : [];
    const inBrackets = areas.length > 0 && areas.every((a) => a !== null && !a.unlisted);
    const placed = inBrackets || coded.areas.length > 0;
    // An entry the legend codes is one of the box's projects: the legend says so.
    vouched ||= coded.areas.length > 0;
    const name = this.clean(inBrackets ? bracketed![1] : coded.text);
    const orgs = this.ctx.orgs.find(name, false);
    let identity = this.identity(name, orgs, false);
    const ownIdentity = identity;
    // 1. 创新平台。依托…: a heading of a few words and no name of its own is a topic, whatever follows it.
    if (identity === 'generic' && Array.from(name).length <= 4 && !placed && !vouched) return null;
    if (identity === 'generic' || identity === 'city-name') {
      // An item whose heading is followed by what it builds (（1）曦源石墨烯中试基地。新建标准厂房。) lists
      // projects one per item, so the heading names one, as an item of 等一批项目 does. A heading
      // whose text goes on to name projects of its own is the topic they are filed under.
      // ⑤X研究院。（牵头单位：…）: who answers for it follows the heading straight away.
      // A name of its own set apart in 【】 is a heading's name by its marks: what follows may name its parts too.
      // 6. X检测认证中心（甲市）。 — a name placed by its brackets is an entry, with or without what follows.
      // １２．X市全民健身中心。 — in a run of headings each naming its project, one with nothing after it names one too.
      const closesRun = inRun && next.trim() === '' && this.endsInProjectHead(name);
      const marked = (setApart && identity === 'city-name') || placed || vouched || closesRun;
      if (!marked && !this.describes(next) && !responsibleClause(next)) return null;
      // 4）智能化改造。实施智能化改造和…行动: a description that opens by doing the heading is of an activity.
      if (next.slice(0, name.length + 2).includes(name)) return null;
      identity = 'numbered-item';
    }
    const action = endsWithAny(name, this.ctx.rules.actionNouns);
    const works = endsWithAny(name, this.ctx.rules.policyEndings) ?? action;
    // 国家羽绒制品质量检验检测中心（X）: a bracketed note after the name does not change its head.
    const head = (works ? name.slice(0, -works.length).replace(/提质$/, '') : name)
      .replace(/（[^（）]*）$/, '')
      .replace(this.words.phaseEnd, '');
    if (
      !vouched &&
      !(inRun && identity !== 'numbered-item' && identity !== 'city-name' && this.describes(next)) &&
      // （2）甲州国际航空货运枢纽北货运区。建设…: in a run, the plan's own name is identity enough, as after a colon.
      !(inRun && ownIdentity === 'city-name' && this.describes(next)) &&
      // 【X—Y算力直连网络】建设…: a name the layout sets apart, over what builds it, whatever its head.
      !(setApart && identity !== 'generic' && DESCRIPTION_START.test(next)) &&
      !this.endsInProjectHead(head) &&
      // 1. X高级中学新校区。新建…: a building or campus of a named institution, as after a colon.
      !this.institutionPart(head) &&
      // A firm's added output or its upgrade of a line (…染整技改) is a project of that firm; so are
      // the works an item heading names when what follows describes them (X减速器产业化。位于…).
      !(
        (orgs.some((o) => o.kind === 'enterprise') || identity === 'numbered-item') &&
        (OUTPUT.test(head) || action !== null)
      ) &&
      // [4] 甲区冶炼厂职工生活区改造。改造…: a named place's works, described below the heading, are a project too.
      !(action !== null && identity !== 'city-name' && this.describes(next, true))
    )
      return null;
    const found = boxItem(name, identity, orgs, inBrackets ? areas.map((a) => a!.name) : [], this.placedBy(next));
    found.clauseDistricts = coded.areas.map((area) => ({ name: area, rule: 'district-code' }));
    found.orgs = this.withBuilders(found.orgs, next);
    return { number: numbered.number, found };
  }

  /** A name without the area code after it (X〔A、C〕) and the areas the code stands for; unchanged without one. */
  private coded(text: string): { text: string; areas: string[] } {
    const code = AREA_CODE.exec(text);
    const areas = code ? code[2].split('、').map((c) => this.codes.get(c)) : [];
    return code && areas.every((a) => a !== undefined) ? { text: code[1], areas } : { text, areas: [] };
  }

  /**
   * An item heading over a paragraph labelled as what it builds (1. X示范工程 / 主要建设内容：…): the
   * heading is the project when it reads as a name — no verb, not an area alone — with an identity of
   * its own or a project's head (a bare category such as 保障性住房 has neither). Tier B when generic.
   */
  describedHeading(title: string, description: string): Found | null {
    const name = this.clean(withoutTrailingStatus(normaliseName(title)));
    if (Array.from(name).length < 4 || this.verbPhrase(name) || this.ctx.districts.alone(name)) return null;
    const orgs = this.ctx.orgs.find(name, false);
    const identity = this.identity(name, orgs, false);
    const works = endsWithAny(name, this.ctx.rules.actionNouns);
    if (identity === 'generic' && !works && !this.endsInProjectHead(name.replace(this.words.phaseEnd, ''))) return null;
    const found = boxItem(name, identity, orgs, [], this.placedBy(description));
    found.orgs = this.withBuilders(found.orgs, description);
    return identity === 'generic' ? { ...found, tier: 'B' } : found;
  }

  /**
   * A line that opens with a project's name and a colon (项目名称：建设内容, as 燕子岩景区（苴岭乡）：建设游客中心…):
   * the name is the project and what follows describes it. Areas in brackets before the colon are
   * where it lies. A name with a verb, an area alone or a head that is no project's is not one —
   * unless a 责任单位 line of its own follows (`answered`) and what follows the colon describes it:
   * a body answers for a project, not for a topic (Tier B when the name is generic).
   */
  titledProject(text: string, ownNameOnly = false, answered = false): Found | null {
    // ——新型基础设施：在X建设A；实施B: a dash sets off a paragraph's topic; only a name of its own is a project.
    const dashed = /^——\s*/.exec(text);
    const written = withoutStatusBeforeColon(normaliseName(text.slice(dashed?.[0].length ?? 0)));
    // 甲县、乙县X基地：… — areas joined before one name, as on a line of its own.
    const joined = /^(?:[^、：，。；]{2,12}、)+/.exec(written)?.[0] ?? '';
    const joinedAreas = joined.split('、').slice(0, -1);
    const lead = joinedAreas.every((a) => this.ctx.districts.alone(a) !== null) ? joined : '';
    // The name may hold quotes and a bracket inside it (“X”仓储中心, 第三届中国（X）直播节).
    const line = /^((?:[^，。；：、（）]|（[^（）]{1,8}）(?!：))+?)(?:（([^（）]+)）)?：(.+)$/.exec(
      written.slice(lead.length),
    );
    const length = line ? Array.from(line[1]).length : 0;
    if (!line || length < 4 || length > 30 || startsWithEnumerator(text) || this.verbPhrase(line[1])) return null;
    if (this.clean(line[1]) !== line[1] || this.ctx.districts.alone(line[1])) return null;
    // X产业创新中心（氄阳）：… — the plan's own name in brackets is part of the name, no place of it; so is a
    // phase (X良种场（二期）：…) or a kind's letter (X保税物流中心（B型）：…). A village or an island in brackets
    // (X育苗基地（甲村）：…) is where it lies, no area.
    // X寺文物保护利用工程（ཧུན་གླིང་དགོན་པ།）：… — the name again in the script of a people of the plan's area.
    // X示范项目（全县）：… — the plan's own level is no area and no part of the name.
    const bracket =
      line[2] !== undefined && (OTHER_SCRIPT.test(line[2]) || OWN_LEVEL.test(line[2])) ? undefined : line[2];
    const own =
      bracket !== undefined &&
      (this.ctx.cityForms.includes(bracket) || this.isPhase(bracket) || KIND_LETTER.test(bracket));
    // A town or township of no area of the plan's (a prefecture's 甲多乡) is where it lies, as a village is.
    const locality =
      bracket !== undefined &&
      (LOCALITY.test(bracket) || (TOWNSHIP.test(bracket) && this.ctx.districts.alone(bracket) === null));
    const name = `${lead}${line[1]}${own ? `（${bracket}）` : ''}`;
    const areas = (own || locality ? '' : (bracket ?? ''))
      .replace(/^(项目)?位于/, '')
      .split(/[、，,]/)
      .filter(Boolean)
      .map((a) => this.ctx.districts.alone(a.trim()));
    if (areas.some((a) => a === null)) return null;
    const orgs = this.ctx.orgs.find(name, false);
    let identity = this.identity(name, orgs, false);
    if (dashed && identity === 'generic') return null;
    if (identity === 'generic' && areas.length > 0) identity = 'district-name';
    // Whether what follows the colon describes the name, read once and only when asked.
    let describing: boolean | undefined;
    const describesIt = () => (describing ??= this.describes(line[3]));
    // A 牵头单位 line of its own after it vouches for a name its description describes.
    const vouched = answered && describesIt();
    // 1、骝泉城区老旧小区改造：… — a numbered line of its own name: the city's name is identity enough.
    // （8）牛羊肉冷链物流配送中心：建设… — a generic name is one too when what follows describes it (Tier B).
    const described = ownNameOnly && identity === 'generic' && !vouched && describesIt();
    if (ownNameOnly && !vouched && !described && identity === 'generic') return null;
    if (!ownNameOnly && (identity === 'generic' || identity === 'city-name') && !describesIt()) return null;
    // …纪念园提升, …传统村落保护利用: the works done on it follow the head that names it.
    const action = endsWithAny(name, this.ctx.rules.actionNouns);
    const works = action ?? endsWithAny(name, this.ctx.rules.policyEndings);
    // …创新中心（氄阳）: a bracket after the name does not change its head.
    const head = (works ? name.slice(0, -works.length) : name)
      .replace(/（[^（）]*）$/, '')
      .replace(this.words.phaseEnd, '');
    // A phase (…二期) is of a project, as an edition (第N届) is of an event; a numbered line of its own
    // name (3、X县城集中供热扩容：…) names the works it lists, whatever they are done on.
    const named =
      (ownNameOnly && action !== null && !described) ||
      // ●X牛业肉牛屠宰及精深加工：… — a firm's works named as its line's project; X纺织60万锭智能纺纱：…
      // — so too a firm's output named by its size.
      (orgs.some((o) => o.kind === 'enterprise') && (action !== null || SIZED_OUTPUT.test(head))) ||
      identity === 'edition' ||
      identity === 'phase' ||
      this.endsInProjectHead(head) ||
      // X县国家级牦牛产业集群：… — a cluster a place or firm names is one undertaking.
      (identity !== 'generic' && endsWithAny(name, this.ctx.rules.namedPolicyHeads) !== null) ||
      // X人民医院新院区：… — a building or campus of a named institution.
      this.institutionPart(head) ||
      // X活畜交易市场: a project noun that ends the name outweighs the policy word it ends with (市场).
      (action === null && this.endsInProjectHead(name)) ||
      // X养殖平台“Y号”: the quoted name of the facility after its kind.
      (QUOTED_END.test(name) && this.endsInProjectHead(name.replace(QUOTED_END, ''))) ||
      // ●X镇生活污水零直排区：完善… — an entry's name of a place or firm over what describes it, whatever its head.
      (ownNameOnly && NAMING_IDENTITIES.has(identity) && describesIt());
    if (!named && !vouched) return null;
    const found = boxItem(
      name,
      identity,
      orgs,
      areas.map((a) => a!.name),
      this.placedBy(line[3]),
    );
    if (identity === 'generic') found.tier = 'B';
    found.orgs = this.withBuilders(found.orgs, line[3]);
    return found;
  }

  /**
   * A project's organisations with the bodies its description says build it (X：日处理600吨，由Y牵头实施。
   * / …，实施主体为X。 / …，Y人民政府负责。 / 由Y投资建设生产线…, the works named after the clause's verb).
   */
  private withBuilders(orgs: OrgHit[], description: string): OrgHit[] {
    let out = orgs;
    for (const segment of splitOutside(description, '，')) {
      const clause = segment.trim().replace(/[。；]$/, '');
      let said = this.clauseLinks(clause);
      const builds = /^由[^，。；]{2,20}?(?:投资|负责)建设/.exec(clause);
      if (said.orgs.length === 0 && builds) said = this.clauseLinks(builds[0]);
      out = [...out, ...said.orgs.filter((o) => !out.some((p) => p.name === o.name))];
    }
    return out;
  }

  /**
   * Names set apart by ； with no verb (A；B；C。 under an area's sub-heading; under one, also by 、): a
   * list when at least half of them are a {@link lineProject} — one is enough under an area's heading,
   * none in a 、-list; the others are taken too when they have a name of their own (鹡桥街道老城有机更新),
   * the layout saying what they are, and in a 、-list or under an area's heading when they have a project's head
   * (Tier B). Else none. The works done on a name (X农贸市场提升改造) end it, no clause's verb.
   */
  listedProjects(text: string, underArea: boolean): Found[] {
    const body = text.replace(/[。；]$/, '');
    // Under an area's sub-heading a line of names may be set apart by 、 (A、B、C。), none opening with a verb.
    const byComma = underArea && !body.includes('；');
    const pieces = splitOutside(body, byComma ? '、' : '；').map((piece) => piece.trim());
    // X农贸市场提升改造: the works done on a name end it, no verb of a clause.
    const clause = (piece: string) =>
      piece.slice(0, piece.length - (endsWithAny(piece, this.ctx.rules.actionNouns)?.length ?? 0));
    const verbal = (piece: string) =>
      byComma ? this.trigger(clause(piece))?.subject === '' : this.trigger(clause(piece)) !== null;
    if (pieces.length < 2 || pieces.some((piece) => verbal(piece) || /[，。：,:]/.test(piece))) return [];
    const lines = pieces.map((piece) => this.lineProject(piece));
    const named = lines.filter((f) => f !== null).length;
    if ((named === 0 && !byComma) || (!underArea && named * 2 < pieces.length)) return [];
    return pieces.flatMap((piece, i) => {
      if (lines[i]) return [lines[i]];
      const name = this.clean(piece);
      const orgs = this.ctx.orgs.find(name, false);
      const identity = this.identity(name, orgs, false);
      if (identity !== 'generic' && identity !== 'city-name') return [boxItem(name, identity, orgs, [], [])];
      // A name of the area's list with a project's head (X调蓄水库), or the works done on one (X干渠防渗改造),
      // is one of its projects, Tier B.
      const works = endsWithAny(name, this.ctx.rules.actionNouns)?.length ?? 0;
      if (!(byComma || underArea) || !this.endsInProjectHead(name.slice(0, name.length - works))) return [];
      const found = boxItem(name, identity, orgs, [], []);
      found.tier = 'B';
      return [found];
    });
  }

  /**
   * A line opening with an area of the plan and a colon, then names set apart by 、 with no verb
   * (甲乙街道：A更新、B未来社区、C（二期）。): the area heads the projects that lie in it. Each name
   * with an identity or a project's head is a project (Tier B when generic); null unless at least
   * half of the names are.
   */
  areaListedProjects(text: string): { area: string; found: Found[] }[] | null {
    // 甲区：A、B；乙县：C。 — one line may list the projects of several areas, each after its own; a piece
    // without an area of its own (甲镇：A；B) goes on with the list of the area before it.
    const groups: string[] = [];
    for (const piece of splitOutside(text.trim().replace(/[。；;]$/, ''), '；')) {
      const head = /^([^：:，。、；（）]{2,16})[：:]/.exec(piece.trim());
      if (groups.length > 0 && !(head && this.ctx.districts.alone(head[1]))) groups[groups.length - 1] += `、${piece}`;
      else groups.push(piece);
    }
    const lists = groups.map((group) => this.areaList(group));
    return lists.every((list): list is { area: string; found: Found[] } => list !== null) ? lists : null;
  }

  private areaList(text: string): { area: string; found: Found[] } | null {
    // 甲镇（3项）：A、B、C: how many it lists may follow the area.
    const line = /^([^：:，。、；（）]{2,16})(?:[（(][\d一二三四五六七八九十]+项[）)])?[：:](.+)$/.exec(text.trim());
    const area = line ? this.ctx.districts.alone(line[1]) : null;
    if (!line || !area || area.unlisted) return null;
    const found = this.namesListed(line[2]);
    return found ? { area: area.name, found } : null;
  }

  /**
   * The names a line lists without a verb: set apart by ；(or by 、 under an area), after a short topic and a
   * colon, or after run-in topics.
   */
  namesOfLine(text: string, underArea: boolean): Found[] {
    const listed = this.listedProjects(text, underArea);
    return listed.length > 0 ? listed : [...this.topicListedProjects(text), ...this.runInListedProjects(text)];
  }

  /**
   * 配套项目：A、B、C。 / 加工和流通：A、B（甲园区）。 / 全市（2项）：A、B。 — a short topic, no verb, and a colon
   * heading a list of names: the list's projects, when at least half of its names are.
   */
  topicListedProjects(text: string): Found[] {
    const line = /^([^：:，。、；（）“”]{2,10})(?:[（(][\d一二三四五六七八九十]+项[）)])?[：:](.+)$/.exec(text.trim());
    // A body heading the line (各镇人民政府：…) says who, not what: no topic.
    if (!line || this.trigger(line[1]) !== null || this.ctx.districts.alone(line[1]) || unitKind(line[1]) !== 'other')
      return [];
    // …、C等3个项目。: the count closes the list.
    const list = line[2].replace(/等[\d一二三四五六七八九十两]+[个项](?:重点)?(?:项目|工程)?[。；]?$/u, '');
    return this.namesListed(list) ?? [];
  }

  /**
   * 煤电清洁高效转型。A；B；C。新能源开发。D；E。 — run-in topics (no verb, short, bold in print) each followed by
   * a sentence of names set apart by ；: the names' projects, when every sentence is a topic or such a list.
   */
  runInListedProjects(text: string): Found[] {
    const parts = text
      .split('。')
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length < 2 || !parts.some((part) => part.includes('；'))) return [];
    const found: Found[] = [];
    for (const part of parts) {
      if (!part.includes('；')) {
        if (!RUN_IN_TOPIC.test(part) || this.trigger(part)) return [];
        continue;
      }
      const list = this.listedProjects(part, false);
      if (list.length === 0) return [];
      found.push(...list);
    }
    return found;
  }

  /**
   * 市城市管理局：A、B，确保…。 — a line headed by the body that answers for the projects it lists (a
   * division of work by body): the body and the projects, or null.
   */
  unitListedProjects(text: string): { body: string; found: Found[] } | null {
    const line = UNIT_HEADED.exec(text.trim());
    if (!line || namedBodies([line[1]]).length === 0) return null;
    const found = this.namesListed(splitOutside(line[2], '，,')[0]);
    return found ? { body: line[1], found } : null;
  }

  /** The projects of a list after a head (A、B、C), when at least half of its names are projects' names. */
  private namesListed(list: string): Found[] | null {
    // 〔续建〕A、〔新建〕B: how far each has come, tagged before it, is no part of its name.
    const pieces = splitOutside(list.replace(/[。；;]$/, ''), '、').map((piece) => withoutLeadingStatus(piece.trim()));
    // …：每年在X举办 / …：在X建设… / …：位于X: where a project is, is built or is held, no list of names.
    // …：支持X乡建设A、B: a piece opening with a verb that asks for the works is a clause, no name.
    if (
      pieces.some(
        (piece) =>
          /[，。：；,:;]/.test(piece) ||
          this.trigger(piece)?.subject === '' ||
          startsWithAny(piece, this.ctx.rules.weakVerbs) !== null ||
          WHERE_CLAUSE.test(piece),
      )
    )
      return null;
    const isArea = (piece: string) => this.ctx.districts.alone(piece) !== null;
    const names = withAreasJoined(pieces, isArea);
    const found = names.flatMap((written): Found[] => {
      // X交易中心（县工业园区）: the plan's areas in brackets after a name are where it lies.
      const bracket = /^(.+?)（([^（）]+)）$/.exec(written);
      const areas = bracket ? this.bracketPlace(bracket[2]) : [];
      const placed = areas.length > 0 && areas.every((a) => a !== null && !a.unlisted);
      const name = this.clean(placed ? bracket![1] : written);
      if (name.length < 4) return [];
      const where = placed ? areas.map((a) => a!.name) : [];
      const orgs = this.ctx.orgs.find(name, false);
      const identity = this.identity(name, orgs, false);
      const works = endsWithAny(name, this.ctx.rules.actionNouns);
      const head = (works ? name.slice(0, -works.length) : name).replace(this.words.phaseEnd, '');
      const headed = works !== null || this.endsInProjectHead(head);
      if (identity === 'generic' || identity === 'city-name')
        return headed
          ? [{ ...boxItem(name, identity, orgs, where, []), tier: identity === 'generic' ? 'B' : 'A' }]
          : [];
      return [boxItem(name, identity, orgs, where, [])];
    });
    // A list ending in a bare area is no list of names.
    const closed = !isArea(pieces[pieces.length - 1]);
    return closed && found.length * 2 >= names.length && found.length > 0 ? found : null;
  }

  /**
   * X工程，主要包括A、B、C三个子项目，… — a project and the parts it is made of: the name before 主要包括 is a
   * project; the parts are projects of their own only when the list is counted as projects (3个项目).
   */
  partsProject(text: string): { parent: Found; parts: Found[] } | null {
    const line = PARTS.exec(text.trim());
    const parent = line ? this.lineProject(line[1]) : null;
    if (!line || !parent) return null;
    const parts = line[3] ? (this.namesListed(line[2]) ?? []) : [];
    return { parent, parts };
  }

  /**
   * A line that is nothing but a project's name, as boxes list them one to a line (X水库工程（某区）,
   * 甲县、乙县城乡供水一体化): a name of its own with a project's head, no verb before it, and areas in
   * brackets after it where it lies. Null for any other line. A line of its own lists its project, so
   * the city's own name is identity enough (◆ X市机场改扩建, X市第三高级中学（Y街道））; in a numbered run of
   * such lines (`listed`: 1.X旅游带 / 2.Y温泉度假区), whatever its head.
   */
  lineProject(text: string, underArea = false, listed = false): Found | null {
    // X县农村人居环境整治提升工程。: a full stop after the name ends the line, it adds nothing.
    // X产业园（新建）: how far it has come is no part of its name.
    const line = /^((?:[^，。；：（）!?！？]|（[^（）]{1,8}）(?!$))+?)(?:（([^（）]+)）)?。?$/.exec(
      withoutTrailingSize(withoutTrailingStatus(normaliseName(text))),
    );
    if (!line || Array.from(line[1]).length < 4 || startsWithEnumerator(text)) return null;
    // 【X工程】（甲县）修缮A和B: a name set apart with more after it is an entry and its description, no bare name.
    if (/【[^【】]+】./u.test(line[1])) return null;
    const pieces = line[1].split('、');
    // 甲县、乙县X: areas joined before one project; any other 、 makes the line a list, read as prose.
    if (pieces.slice(0, -1).some((piece) => this.ctx.districts.alone(piece) === null)) return null;
    const verb = this.trigger(line[1]);
    // A line ended by a full stop is a sentence unless its verb is works a name holds (…环境整治提升工程。).
    const sentence = text.trim().endsWith('。') && !this.ctx.rules.actionNouns.includes(verb?.verb ?? '');
    if (verb && (verb.subject === '' || sentence)) return null;
    const name = this.clean(line[1]);
    if (name !== line[1]) return null;
    const areas = line[2] ? this.bracketPlace(line[2]) : [];
    const placed = areas.length > 0 && areas.every((a) => a !== null && !a.unlisted);
    // X物流中心（B型）: a bracket that names no area is part of the name.
    const fullName = line[2] && !areas.some((a) => a !== null) ? `${name}（${line[2]}）` : name;
    const orgs = this.ctx.orgs.find(name, false);
    const own = this.identity(name, orgs, false);
    // Under an area's sub-heading, a line of its own names that area's project, whatever its name.
    const identity =
      own === 'generic' && placed ? 'district-name' : own === 'generic' && underArea ? 'area-heading' : own;
    if (identity === 'generic') return null;
    // Named so, the works on a thing (…流域防洪治理, …城乡供水一体化) are a project as a facility is.
    const works = endsWithAny(name, this.ctx.rules.actionNouns);
    const head = name.replace(this.words.phaseEnd, '');
    if (!listed && !works && !this.endsInProjectHead(head) && !this.institutionPart(head)) return null;
    return boxItem(fullName, identity, orgs, placed ? areas.map((a) => a!.name) : [], []);
  }

  /**
   * A one-sentence line that opens with a project's name set off by ，and goes on to describe it
   * (X蔬菜保供基地，建设设施蔬菜基地1万亩。), as boxes list projects one to a line: the name is the
   * project when what follows names none of its own and reads as a description — or the line stands
   * under an area's sub-heading, which lists that area's projects so.
   */
  leadProject(text: string, underArea: boolean): Found | null {
    if (sentences(text).length !== 1) return null;
    const at = indexOutside(text, '，');
    if (at < 4) return null;
    const [name, rest] = [text.slice(0, at), text.slice(at + 1)];
    if (this.ctx.districts.alone(name) || (!underArea && !DESCRIPTION_START.test(rest))) return null;
    const found = this.lineProject(name, underArea);
    if (!found || this.read(rest).some((f) => f.identity !== 'generic')) return null;
    found.orgs = this.withBuilders(found.orgs, rest);
    return { ...found, locatedAfter: this.placedBy(rest) };
  }

  /** Whether a name (its works and phase taken off) ends in a project's, a facility's or a place's head noun. */
  private endsInProjectHead(head: string): boolean {
    return (
      endsWithAny(head, this.ctx.rules.projectNouns) !== null || FACILITY_END.test(head) || HEADING_PLACE_END.test(head)
    );
  }

  /** A building or campus of a named institution (甲乙职业技术学院新校区, 丙丁医院门诊综合楼): a project's head. */
  private institutionPart(head: string): boolean {
    return this.ctx.rules.orgs.institutionSuffixes.some((suffix) => {
      const index = head.indexOf(suffix);
      return index >= 2 && INSTITUTION_PART.test(head.slice(index + suffix.length));
    });
  }

  /** The plan's areas a description opens by placing its project in (位于X，… / 在X建设… / 在X境内). */
  private placedBy(description: string): string[] {
    // 位于X opens any clause (建设…综合体，位于X。); 在X and 迁至X only the description's first, or after who builds
    // it (由Y公司在X实施).
    const placed =
      /(?:^(?:项目)?(?:位于|在|迁至|迁入)|[，；](?:项目)?位于|^由[^，。；在]{2,24}?在)([^，。；]+?)(?:境内|建设|新建|实施|$|(?=[，。；]))/.exec(
        description,
      );
    // 2027年在X举办: where an event is held; 北起X，南至Y: the two ends of what runs between them.
    const held = /在([^，。；]{2,20}?)举办/.exec(description);
    const ends = /^[东南西北]起([^，。；]+)，[东南西北]至([^，。；]+)/.exec(description);
    const where = placed ? [placed[1]] : held ? [held[1]] : ends ? [ends[1], ends[2]] : [];
    return where.flatMap((text) =>
      this.ctx.districts
        .find(text)
        .filter((d) => !d.unlisted)
        .map((d) => d.name),
    );
  }

  /**
   * Whether a numbered heading's next sentence describes what it builds, naming no project of its own; `byAnyVerb`,
   * when any verb may open it.
   */
  private describes(next: string, byAnyVerb = false): boolean {
    if (!DESCRIPTION_START.test(next) && !(byAnyVerb && this.trigger(next)?.subject === '')) return false;
    const found = this.read(next);
    this.lookahead = { sentence: next, found };
    return found.every((f) => f.identity === 'generic');
  }

  read(sentence: string): Found[] {
    if (this.lookahead?.sentence === sentence) {
      const { found } = this.lookahead;
      this.lookahead = undefined;
      return found;
    }
    let text = this.openedCounts(sentence);
    let sentenceSector: string | null = null;
    const marker = new RegExp(`^([^，]{2,8})${this.ctx.rules.sectorMarker}，`).exec(text);
    if (marker) {
      sentenceSector = marker[1];
      text = text.slice(marker[0].length);
    }
    const segments = splitOutside(text, '，');
    const found: Found[] = [];
    let region: Region | null = null;
    // What stands before a verb in the sentence and names no project: where partners are named.
    let lead = '';
    // The projects the latest verb named: what a clause after them (由X负责实施, 跨X和Y) is about.
    let latest: Found[] = [];
    // 在X，建设A、B / 依托X，建设C: the area a lead clause names is where the sentence's projects lie.
    let scope: string[] = [];
    const close = () => {
      if (region) {
        const read = this.readRegion(region, null, sentenceSector);
        // …，新建泊位8个，由X牵头实施: a clause of what it builds names no project, so the clause after it is still about the last one.
        if (read.length > 0) latest = read;
        // 实施A引水工程，在甲县、乙县境内新建干渠86公里: where that clause builds is where the project lies.
        else
          for (const project of latest) project.locatedAfter = [...project.locatedAfter, ...this.areasOf(region.lead)];
        found.push(...read);
      }
      region = null;
    };
    // Whether a 由 clause has closed the sentence: the clauses after it are about all its projects too.
    let closedBy = false;
    segments.forEach((segment, index) => {
      const trigger = this.trigger(segment);
      // …，实施主体为X / …，X人民政府负责实施: its verb is of who carries out the projects before it.
      if (trigger && clauseUnits(segment.trim()).length > 0) {
        close();
        if (latest.length > 0) this.saysAfter(segment, latest);
        return;
      }
      if (trigger) {
        close();
        // 支持X提升…功能，推进A、B: the area supported is where the sentence's projects lie.
        const supported =
          trigger.verb === '支持' ? this.ctx.districts.leading(trigger.subject.replace(/^支持/, '')) : null;
        if (supported && !supported.unlisted) scope = [supported.name];
        const before = lead + trigger.subject;
        region = {
          weak: this.words.weak.has(trigger.verb),
          lead: before,
          // Only districts the city profile lists: a subject's words are no place to guess one by suffix.
          subjectDistricts: [
            ...new Set([
              ...this.ctx.districts
                .find(trigger.subject)
                .filter((d) => !d.unlisted)
                .map((d) => d.name),
              ...scope,
            ]),
          ],
          partners: this.ctx.orgs.named(before).map((o) => ({ ...o, rule: 'org-partner' as const })),
          parts: [{ text: trigger.object, afterComma: false }],
          respectively: this.respectiveAreas(trigger.subject),
        };
        lead = '';
      } else if (region && this.listContinues(segments, index, region.parts.length > 1, region.parts[0].text)) {
        region.parts.push({ text: segment, afterComma: true });
      } else {
        close();
        // …，项目位于芷源区滨江工业片区 / 推进X机场…，机场位于Y县: where the project just named lies.
        const locator = /^(\p{Script=Han}{0,4}?)位于/u.exec(segment.trim())?.[1];
        const previous = found[found.length - 1];
        const located =
          locator !== undefined &&
          previous &&
          (locator === '' || locator === '项目' || locator === '工程' || previous.name.endsWith(locator))
            ? previous
            : undefined;
        if (located)
          located.locatedAfter = this.ctx.districts
            .find(segment)
            .filter((d) => !d.unlisted)
            .map((d) => d.name);
        // 建设A，推进B前期工作，建设C、D，由X负责建设(，Y配合): a 由 clause closing the sentence, and the clauses
        // after it, are about all its projects.
        const closing =
          /^由/.test(segment.trim()) && segments.slice(index + 1).every((s) => clauseUnits(s.trim()).length > 0);
        const about = closing || closedBy ? found : latest;
        if (about.length > 0 && this.saysAfter(segment, about)) {
          closedBy ||= closing;
          return;
        }
        // 【牧家游】在X，建设A / ——防沙治沙：在X，建设A: a paragraph's head before the lead clause says nothing of where.
        const placed = /^(?:【[^】]{1,12}】|——[^：]{1,12}：)?(?:在|依托)(.+?)(?:境内)?$/.exec(segment.trim());
        // 在X高新区集成电路产业园，建设A: a place inside an area is in that area.
        const area = placed ? (this.ctx.districts.alone(placed[1]) ?? this.ctx.districts.leading(placed[1])) : null;
        if (area && !area.unlisted) scope = [area.name];
        const undertaken = this.respectiveUndertakers(segment, sentenceSector);
        if (undertaken) {
          found.push(...undertaken);
          latest = undertaken;
          return;
        }
        const subject = this.undertakenSubject(segment, sentenceSector);
        if (subject) {
          found.push(subject);
          latest = [subject];
          return;
        }
        lead += segment;
        return;
      }
      const current = region;
      const last = current.parts[current.parts.length - 1];
      const etc = this.etcIndex(last.text);
      if (etc >= 0) {
        const tail = last.text.slice(etc + 1);
        last.text = last.text.slice(0, etc);
        latest = this.readRegion(current, tail, sentenceSector);
        found.push(...latest);
        region = null;
      }
    });
    close();
    // 建设农业产业园，推进A农业产业园、B农业产业园: the bare type heads the named ones, it is not one more.
    return found.filter(
      (f) =>
        f.identity !== 'generic' || f.rule !== 'verb-object' || !found.some((g) => g !== f && g.name.endsWith(f.name)),
    );
  }

  /**
   * A clause after the projects just named that says who carries them out or where they run
   * (由汐浦市负责实施, 由市港航局牵头 / 鲥澳港集团配合, 跨澳城区和鲥东区): its areas and bodies go to
   * those projects. False when the segment is no such clause.
   */
  private saysAfter(segment: string, projects: Found[]): boolean {
    const text = segment.trim();
    const across = /^跨(.+)$/.exec(text);
    if (across) {
      const areas = across[1].split(/[和、及与]/).map((a) => this.ctx.districts.alone(a.trim()));
      if (areas.length === 0 || areas.some((a) => a === null)) return false;
      for (const project of projects)
        project.clauseDistricts = [
          ...project.clauseDistricts,
          ...areas.map((area) => ({ name: area!.name, rule: 'district-across' as const })),
        ];
      return true;
    }
    const said = this.clauseLinks(text);
    if (said.orgs.length === 0 && said.districts.length === 0) return false;
    for (const project of projects) {
      project.clauseDistricts = [...project.clauseDistricts, ...said.districts];
      project.orgs = [...project.orgs, ...said.orgs.filter((o) => !project.orgs.some((p) => p.name === o.name))];
    }
    return true;
  }

  /**
   * A project named as the subject of who carries it out (桫岭县城乡供水一体化工程由县水务投资公司负责建设):
   * a name with an identity and a project's noun, then a 由X负责 clause; null for any other segment.
   */
  private undertakenSubject(segment: string, sentenceSector: string | null): Found | null {
    const at = indexOutside(segment, '由');
    if (at < 4) return null;
    const name = this.clean(segment.slice(0, at));
    if (name !== segment.slice(0, at).trim() || !this.namesProjectFirst(name) || this.trigger(name)) return null;
    const said = this.clauseLinks(segment.slice(at));
    if (said.orgs.length === 0 && said.districts.length === 0) return null;
    const orgs = this.ctx.orgs.find(name, false);
    const identity = this.identity(name, orgs, false);
    if (identity === 'generic') return null;
    return {
      name,
      tier: 'A',
      identity,
      rule: 'verb-object',
      distributedDistrict: null,
      bracketDistricts: [],
      locatedAfter: [],
      clauseDistricts: said.districts,
      subjectDistricts: [],
      lead: '',
      sentenceSector,
      orgs: [...orgs, ...said.orgs.filter((o) => !orgs.some((h) => h.name === o.name))],
    };
  }

  /**
   * The areas a verb's subject lists before 分别 (在甲县、乙县分别建设…, 甲区、乙区分别实施…), in order, when it
   * holds nothing but listed areas of the plan; else none.
   */
  private respectiveAreas(subject: string): string[] {
    const listed = /^(?:在)?(.+?)(?:境内)?分别$/.exec(subject.trim());
    const areas = listed ? namesInOrder(listed[1]).map((a) => this.ctx.districts.alone(a)) : [];
    return areas.length >= 2 && areas.every((a) => a !== null && !a.unlisted) ? areas.map((a) => a!.name) : [];
  }

  /**
   * 其中A、B、C分别由X、Y和Z负责: projects named before 分别由, each given the body (or area) at its place in
   * the list after it; null unless both lists are as long and every name is a project's, one a line would list.
   */
  private respectiveUndertakers(segment: string, sentenceSector: string | null): Found[] | null {
    const line = /^(?:其中)?(.+?)分别由(.+?)(?:负责|牵头)(?:组织)?(?:实施|建设|推进)?$/.exec(segment.trim());
    if (!line) return null;
    const names = namesInOrder(line[1]);
    const bodies = namesInOrder(line[2]);
    if (names.length < 2 || names.length !== bodies.length) return null;
    const projects = names.map((name) => this.lineProject(name));
    if (projects.some((p) => p === null)) return null;
    return projects.map((project, i) => {
      const said = this.clauseLinks(`由${bodies[i]}负责`);
      return {
        ...project!,
        rule: 'verb-object',
        sentenceSector,
        clauseDistricts: said.districts.map((d) => ({ ...d, rule: 'district-respectively' as const })),
        orgs: [
          ...project!.orgs,
          ...said.orgs
            .filter((o) => !project!.orgs.some((p) => p.name === o.name))
            .map((o) => ({ ...o, rule: 'org-respectively' as const })),
        ],
      };
    });
  }

  /**
   * The plan's areas a lead 在X、Y境内 names, when X holds nothing but such areas; else none. Without
   * 境内 (在X建设打贮草站6处) the clause builds other things of its own, not the project's parts.
   */
  private areasOf(lead: string): string[] {
    const where = /^在(.+?)境内$/.exec(lead.trim());
    const areas = where ? where[1].split(/[、和]/).map((a) => this.ctx.districts.alone(a)) : [];
    return areas.every((a) => a !== null && !a.unlisted) ? areas.map((a) => a!.name) : [];
  }

  /** A sentence that only says who answers for projects (由X负责实施 / X牵头，Y配合): its bodies and areas, else null. */
  unitSentence(sentence: string): { units: AnsweringBody[]; districts: ClauseDistrict[] } | null {
    const text = sentence.trim().replace(/。$/, '');
    if (clauseUnits(text).length === 0) return null;
    const said = this.clauseLinks(text);
    if (said.orgs.length === 0 && said.districts.length === 0) return null;
    return {
      units: said.orgs.map((o) => ({ body: o.form, ...(o.role && { role: o.role }) })),
      districts: said.districts,
    };
  }

  /** The areas and bodies a unit clause names: an area that leads or carries it out is where it is. */
  private clauseLinks(text: string): { orgs: OrgHit[]; districts: ClauseDistrict[] } {
    const orgs: OrgHit[] = [];
    const districts: ClauseDistrict[] = [];
    for (const { body, role } of clauseUnits(text)) {
      // 鼓励龙头企业牵头: a verb in the body makes it a sentence, not a body — unless the body is
      // named as one (县城市建设投资有限公司).
      if (unitKind(body) === 'other' && this.trigger(body)) return { orgs: [], districts: [] };
      const area = this.ctx.districts.alone(body);
      if (area) {
        if (role !== 'supporting') districts.push({ name: area.name, rule: 'district-undertaker' });
        continue;
      }
      const known = this.ctx.orgs.find(body, false).find((o) => o.form === body);
      orgs.push({
        name: known?.name ?? body,
        kind: known?.kind ?? unitKind(body),
        form: body,
        rule: role === 'lead' ? 'org-lead-clause' : role === 'supporting' ? 'org-support-clause' : 'org-undertaker',
        ...(role !== 'undertaker' && { role }),
      });
    }
    return { orgs, districts };
  }

  /**
   * A segment without a verb continues an open list only when it opens a district's group
   * (…，浮梁县A、B…) and the list closes with 等 before the next verb, or its first item ends in a
   * project's noun (…，澄庄石墨烯中试基地、B…) and the list closes with 等一批项目 or the like; or when it opens a district's group and runs to the
   * sentence's end with no verb of its own (推进X，梧岭县A、B，青禾县C。); or when every part up to the
   * next verb names a project (建设A，B，C迁建).
   */
  private listContinues(segments: string[], from: number, running: boolean, first: string): boolean {
    const segment = segments[from].trim();
    const leading = this.ctx.districts.leading(segment);
    // 推进A，B，C建设 (a list written with commas, as ASCII punctuation has no 、): the 建设 of the
    // verb's frame after the last item closes the list, as 等…项目 does.
    const closesFrame = (text: string) => {
      const named = FRAME_CLOSE.exec(text.trim())?.[1].replace(/（[^（）]*）$/, '');
      return named !== undefined && this.namesProjectFirst(named);
    };
    // 建设A（续建），B，C迁建 / 推进A，B二期，实施C (a list written with commas up to the next verb):
    // every part names a project, with its works after it if any — two parts at least, or one that
    // opens with an area of the plan (one clause after a project, as …，实现园外企业全部入园, is no list).
    const namesProject = (text: string) => {
      // …实验室（墚州高新区）: where it lies, in brackets after the name, does not change what it names.
      const bare = this.stripTrailing(withoutTrailingStatus(text.trim()), false).replace(/（[^（）]*）$/, '');
      const works = endsWithAny(bare, this.ctx.rules.actionNouns)?.length ?? 0;
      return this.namesProjectFirst(bare.slice(0, bare.length - works));
    };
    let end = from + 1;
    while (end < segments.length && !this.trigger(segments[end])) end += 1;
    const run = segments.slice(from, end);
    const opensWithArea = leading !== null && !leading.unlisted;
    // 建设A（甲镇），B（乙乡）；, 建设A，辚州市B产业园。: a name after a name, each placed by its brackets or
    // the second opening with the plan's own name, in a list written with commas (not 项目位于X: where A lies).
    const ownName = this.ctx.cityForms.some((c) => segment.startsWith(c));
    // 实施A保护修复工程，B保护修复工程；: a name of the same kind as the one before it, as ASCII commas list them.
    const headOf = (text: string) => endsWithAny(text.trim(), this.ctx.rules.projectNouns);
    const sameKind = headOf(first) !== null && headOf(first) === headOf(segment) && !/[；;]$/.test(first);
    const pair =
      run.length === 1 &&
      namesProject(first) &&
      !WHERE_CLAUSE.test(segment) &&
      ((PLACED_NAME.test(first) && PLACED_NAME.test(segment)) || ownName || sameKind);
    if ((running || run.length > 1 || opensWithArea || pair) && run.every(namesProject)) return true;
    if (!leading && !this.namesProjectFirst(segment) && !CODE_START.test(segment) && !closesFrame(segment))
      return false;
    for (let i = from; i < segments.length; i++) {
      if (i > from && this.trigger(segments[i])) return false;
      const etc = this.etcIndex(segments[i]);
      if (etc >= 0) return leading !== null || this.closesProjectList(segments[i].slice(etc + 1));
      if (closesFrame(segments[i])) return true;
    }
    if (!leading) return false;
    // Without 等, only an area the plan names as its own (not one guessed by suffix: 常态化对市民开放).
    return !leading.unlisted;
  }

  /**
   * Whether a name is a verb phrase (建设X基地) rather than a name: X奶源基地提升工程 and X管网改造项目 are
   * names, their verb naming the works of the 工程 or 项目 that heads them.
   */
  private verbPhrase(name: string): boolean {
    const trigger = this.trigger(name);
    if (trigger === null) return false;
    // X古镇保护与开发二期: the works on a named thing, in phases, name a project as …工程 does.
    if (trigger.subject !== '' && this.words.phaseEnd.test(name) && !/[：:，,；;。、]/.test(name)) return false;
    const object = trigger.object.replace(this.words.phaseEnd, '');
    // …渔港提升改造工程: works named by more than one word (提升 and 改造) before the 工程 they head.
    const works = object.replace(/(?:工程|项目)$/, '');
    return !WORKS_HEAD.test(object) && !(works !== object && this.ctx.rules.actionNouns.includes(works));
  }

  /**
   * 建成高速铁路1条（A），新建铁路专用线3条（B、C）: the names a count's brackets give stand in for the count, the
   * verb before the kind counted kept. Brackets of areas or of a measure (含…, 总长…) are left as they are.
   */
  private openedCounts(text: string): string {
    return text.replace(COUNTED_NAMES, (whole: string, run: string, names: string) => {
      const pieces = names.split('、');
      if (MEASURE_IN_BRACKETS.test(names) || pieces.every((piece) => this.ctx.districts.alone(piece) !== null))
        return whole;
      let end = 0;
      for (let i = 0; i < run.length; i++) {
        const verb = this.words.verbWords.at(run, i);
        if (verb) end = Math.max(end, i + verb.length);
      }
      return `${run.slice(0, end)}${names}`;
    });
  }

  /** The first trigger verb of a segment (outside quotes), what stands before it, and the object after its verb chain. */
  private trigger(segment: string): { verb: string; subject: string; object: string } | null {
    for (let i = 0; i < segment.length; i++) {
      const verb = this.words.verbWords.at(segment, i);
      if (!verb || indexOutside(segment, verb, i) !== i || this.words.verbInWords.at(segment, i)) continue;
      let rest = segment.slice(i + verb.length);
      for (;;) {
        const more = this.words.chainWords.at(rest);
        if (!more || rest.length - more.length < 2) break;
        rest = rest.slice(more.length);
      }
      // A verb that ends its clause (…保护修缮与展示提升) has no object to name; nor has one before the 工程 it
      // names the works of (…综合配套提升工程).
      if (rest.replace(/等.*$/, '').length < 2 || /^(工程|项目)(（[^（）]*）)?$/.test(rest)) continue;
      // 与重庆、四川共建X: the partners stand before the verb that names the project.
      if (startsWithAny(rest, this.ctx.rules.prepositions)) {
        const inner = this.trigger(rest.slice(1));
        if (inner) {
          const subject = segment.slice(0, segment.length - inner.object.length);
          return { verb: this.words.weak.has(verb) ? verb : inner.verb, subject, object: inner.object };
        }
      }
      // 支持鹊岭市建设X: the area is who undertakes it, X the project.
      const area = this.ctx.districts.leading(rest);
      if (area && area.index === 0 && !area.unlisted) {
        const inner = this.words.verbWords.at(rest, area.form.length);
        const object = inner ? rest.slice(area.form.length + inner.length) : '';
        if (inner && object.length >= 2)
          return {
            verb: this.words.weak.has(verb) ? verb : inner,
            subject: segment.slice(0, segment.length - object.length),
            object,
          };
      }
      return { verb, subject: segment.slice(0, i), object: rest };
    }
    return null;
  }

  private readRegion(region: Region, tail: string | null, sentenceSector: string | null): Found[] {
    const rules = this.ctx.rules;
    const head = tail === null ? null : this.listHead(tail);
    const projectList = head !== null && rules.listTailProjectWords.some((w) => head.includes(w));
    const batch = projectList && rules.listTailBatchWords.some((w) => head.includes(w));
    // A list closed by a bare 等 says nothing of its kind: its items stand on their own.
    if (head !== null && !projectList && head !== '') {
      if (rules.listTailRejectWords.some((w) => head.includes(w))) return [];
      if (![...rules.projectNouns, ...rules.listTailAcceptWords].some((w) => head.includes(w))) return [];
    }
    const categoryList = head !== null && !projectList && rules.listTailCategoryWords.some((w) => head.includes(w));
    const items = this.items(region, tail === null);
    const rule = projectList ? 'project-list' : tail !== null ? 'enumeration' : 'verb-object';
    const accepted = items.map((item) => this.accepts(item.text, projectList, tail !== null, item.weak));
    // In a plain list the last item carries the shared head noun: a policy head makes the list a policy.
    const lastItem = items[items.length - 1];
    const lastHead = this.stripTrailing(lastItem?.text ?? '', false);
    if (
      tail === null &&
      items.length > 1 &&
      endsWithAny(lastHead, rules.policyEndings) &&
      accepted[items.length - 1] !== 'project' &&
      this.identity(lastItem.text, this.ctx.orgs.find(lastItem.written, false), false) === 'generic'
    ) {
      return [];
    }
    const found: Found[] = [];
    let distributing: string | null = null;
    const placedInOrder = region.respectively.length > 0 && region.respectively.length === items.length;
    for (const [index, item] of items.entries()) {
      const leading = this.ctx.districts.leading(item.text);
      if (item.opensGroup) distributing = leading ? leading.name : null;
      else if (leading || this.placeElsewhere(item.text, distributing)) distributing = null;
      // A clear project in a plain list (or one closed by a bare 等) vouches for siblings that are also named facilities.
      const vouched = (tail === null || tail === '') && accepted.some((a, k) => k !== index && a === 'project');
      let verdict = accepted[index];
      if (verdict === 'maybe' && vouched && this.containsProjectNoun(item.text)) verdict = 'project';
      // 甲县、乙县分别建设A和B: a thing built in the area at its position, unless it is a policy.
      if (verdict === 'maybe' && placedInOrder && !endsWithAny(item.text, rules.policyEndings)) verdict = 'project';
      if (verdict === 'no') continue;
      // 推进甲、乙两大矿区改造: an area of the plan on its own is where, not what.
      if (this.ctx.districts.alone(item.text)?.unlisted === false) continue;
      const orgs =
        verdict === 'project' || !endsWithAny(item.text, rules.policyEndings)
          ? this.ctx.orgs.find(item.written, projectList)
          : [];
      const own = this.identity(item.text, item.actedOn ? [] : orgs, batch);
      // Areas stated in brackets after the name place it as a district prefix would.
      const identity = own === 'generic' && item.bracketDistricts.length > 0 ? 'district-name' : own;
      // An undertaking on a named thing (昌江河生态缓冲带建设, …寿安镇塌治理) is a project by its name.
      const named = identity !== 'generic' && identity !== 'quoted-name' && identity !== 'project-list';
      const namedHead = named && endsWithAny(item.text, rules.namedPolicyHeads) !== null;
      if (verdict === 'maybe' && (!named || (endsWithAny(item.text, rules.policyEndings) && !namedHead))) continue;
      // A firm's bare name (支持栖锐精机、华岳重工做大做强) names who, not what.
      if (orgs.some((o) => o.kind === 'enterprise' && o.form === item.text)) continue;
      // What someone applies for or joins (…申报“一带一路”联合实验室) is a project only with a name of its own.
      // …unless a firm is named as doing it (支持丰硕农业实施猕猴桃冷链分选中心建设).
      const firmDoes = item.clauseOrgs.some((o) => o.rule === 'org-undertaker' && o.kind === 'enterprise');
      if (identity === 'generic' && item.actedOn && !firmDoes) continue;
      if (identity === 'generic' && categoryList) continue;
      // 甲县、乙县分别建设A和B: a generic name the sentence places by its position is one of its projects.
      if (identity === 'generic' && !projectList && tail === null && !this.standsAlone(item) && !placedInOrder)
        continue;
      const inherits =
        !item.opensGroup &&
        distributing !== null &&
        !leading &&
        !this.placeElsewhere(item.text, distributing) &&
        orgs.length === 0;
      found.push({
        name: item.text,
        tier: identity === 'generic' ? 'B' : 'A',
        identity,
        rule,
        distributedDistrict: inherits ? distributing : null,
        bracketDistricts: item.bracketDistricts,
        locatedAfter: [],
        // 在甲县、乙县分别建设A和B: A in 甲县, B in 乙县, not each in both.
        clauseDistricts: placedInOrder
          ? [...item.clauseDistricts, { name: region.respectively[index], rule: 'district-respectively' }]
          : item.clauseDistricts,
        subjectDistricts: placedInOrder ? [] : region.subjectDistricts,
        lead: region.lead,
        sentenceSector,
        orgs: [
          ...orgs,
          ...region.partners.filter((p) => !orgs.some((o) => o.name === p.name)),
          ...item.clauseOrgs.filter((c) => !orgs.some((o) => o.name === c.name)),
        ],
      });
    }
    return found;
  }

  /** Splits a region into its items and trims each to the name as written. */
  private items(region: Region, plainList: boolean): Item[] {
    const rules = this.ctx.rules;
    const items: Item[] = [];
    // 甲、乙分别建设A、B和C: as many objects as areas, so the list splits at its last 和 whatever its names.
    const inOrder = region.parts.length === 1 ? namesInOrder(region.parts[0].text) : [];
    const matched = region.respectively.length >= 2 && inOrder.length === region.respectively.length;
    for (const part of region.parts) {
      const pieces = matched ? [inOrder] : splitOutside(part.text, '、').map((p) => this.splitQuotedAndConjoined(p));
      pieces.forEach((names, index) => {
        for (const [k, name] of names.entries()) {
          // A group opens after a ，inside the list; the first items after the verb are a mixed run.
          const opensGroup = part.afterComma && index === 0 && k === 0;
          items.push({
            text: name,
            written: name,
            opensGroup,
            weak: region.weak,
            actedOn: false,
            qualified: false,
            bracketDistricts: [],
            clauseOrgs: [],
            clauseDistricts: [],
          });
        }
      });
    }
    let cleaned = this.joinAreaRun(items.map((item) => this.withoutBracketAreas(this.ownObject(item))));
    // 覆盖市县、服务多产业的X平台: what stands before the qualified item qualifies it too.
    const qualified = cleaned.map((item) => item.qualified).lastIndexOf(true);
    cleaned = cleaned.slice(Math.max(qualified, 0)).filter((item) => item.text.length >= 2);
    if (plainList && cleaned.length > 0) {
      // 推进A建设、B建设: each item of a plain list is the object of the verb, without its 建设.
      for (const item of cleaned) item.text = this.stripTrailing(item.text);
      const last = cleaned[cleaned.length - 1];
      if (cleaned.length > 1)
        last.text = this.stripSharedSuffix(
          cleaned.slice(0, -1).map((i) => i.text),
          last.text,
        );
      cleaned = this.joinModifierRun(cleaned);
    }
    const category = (text: string) => rules.categoryPrefixes.some((c) => text.startsWith(c));
    // 一批A、B等: the list is a category, not named projects.
    if (cleaned.length > 0 && category(cleaned[0].text)) return [];
    return cleaned.filter(
      (item) =>
        item.text.length >= 2 && !category(item.text) && !QUANTITY.test(item.text) && !COUNTED_KIND.test(item.text),
    );
  }

  /**
   * The item's own object: after a verb it starts with (…、打造区域航空枢纽), after the actor and verb
   * inside it (景德镇陶瓷大学申报“一带一路”联合实验室), after what qualifies it up to 的
   * (以陶瓷为特色的“丝路电商”合作先行区).
   */
  private ownObject(item: Item): Item {
    const rules = this.ctx.rules;
    let text = this.clean(item.text);
    let { weak, actedOn } = item;
    const own = this.trigger(text);
    if (own && text.startsWith(own.verb)) {
      text = this.clean(own.object);
      weak = this.words.weak.has(own.verb);
    }
    const written = text;
    for (const verb of longestFirst(rules.innerActionVerbs)) {
      const index = indexOutside(text, verb);
      if (index <= 0) continue;
      text = text.slice(index + verb.length);
      actedOn = true;
    }
    let bracketDistricts = item.bracketDistricts;
    let clauseOrgs = item.clauseOrgs;
    let clauseDistricts = item.clauseDistricts;
    // 支持塬能集团实施X, 支持塬乳乳业在碛城街道建设X: a firm (and where) before the verb undertakes it;
    // 支持鄩州医科大学建设X, 支持荠坡镇建设X: an institution or an area of the plan too.
    const acted = ACTOR.exec(text);
    const actor = acted ? this.ctx.districts.alone(acted[1]) : null;
    if (acted && !acted[2] && ((actor && !actor.unlisted) || unitKind(acted[1]) === 'institution')) {
      text = acted[4];
      actedOn = true;
      weak = false;
      if (actor) clauseDistricts = [...clauseDistricts, { name: actor.name, rule: 'district-undertaker' }];
      else
        clauseOrgs = [...clauseOrgs, { name: acted[1], kind: 'institution', form: acted[1], rule: 'org-undertaker' }];
    } else if (acted && this.isFirm(acted[1])) {
      // 在甲旗乙镇建设: a town or village the plan does not list, inside its area, places it in that area.
      const place = acted[2]?.startsWith('在') ? acted[2].slice(1) : null;
      const where = place ? (this.ctx.districts.alone(place) ?? this.areaOfLocality(place)) : null;
      if (!acted[2] || where || acted[2].startsWith('利用')) {
        text = acted[4];
        actedOn = true;
        // What the firm builds is the object of its own verb (建设, 实施), not of the weak 支持.
        weak = false;
        if (where) bracketDistricts = [...bracketDistricts, where.name];
        if (!this.ctx.orgs.find(acted[1], false).some((o) => o.form === acted[1]))
          clauseOrgs = [...clauseOrgs, { name: acted[1], kind: 'enterprise', form: acted[1], rule: 'org-undertaker' }];
      }
    }
    const qualifier = lastIndexOutside(text, '的');
    if (qualifier >= 0) text = text.slice(qualifier + 1);
    return {
      ...item,
      text,
      written,
      weak,
      actedOn,
      bracketDistricts,
      clauseOrgs,
      clauseDistricts,
      qualified: qualifier >= 0,
    };
  }

  /**
   * Whether the actor of 支持X实施Y is a firm: one the finder reads as an enterprise, or a short
   * proper name with a farm or forestry trade (丰硕农业, 橙乡果业) that is neither generic nor an area.
   */
  private isFirm(actor: string): boolean {
    if (this.ctx.orgs.find(actor, false).some((o) => o.form === actor && o.kind === 'enterprise')) return true;
    const trade = ACTOR_TRADE.exec(actor);
    return (
      trade !== null &&
      !startsWithAny(actor, this.ctx.rules.orgs.genericPrefixes) &&
      // 橙乡果业: a stem guessed as a township by its 乡 is no area the plan names.
      (this.ctx.districts.leading(actor)?.unlisted ?? true) &&
      !this.ctx.cityForms.some((c) => actor.startsWith(c))
    );
  }

  /**
   * Where the brackets after an entry's name say it lies: 甲县、乙县 / 位于甲县 / 甲县境内, a section of a
   * route between two areas (甲城至乙口段) or within one (甲区段), a route through areas (甲城—乙江—丙湾).
   * Each piece as the plan's areas read it alone (null where one is none).
   */
  private bracketPlace(body: string): (DistrictHit | null)[] {
    const where = body.replace(/^(?:项目)?位于|^跨|^途经/, '').replace(/境内$/, '');
    // （X至Y段）, （X段）, and a line's two ends （X至Y）.
    const section = /^(.+?)至(.+?)段$/.exec(where) ?? /^(.+?)()段$/.exec(where) ?? /^(.+?)至(.+)$/.exec(where);
    const pieces = section ? [section[1], section[2]].filter(Boolean) : where.split(/[、，,—–－]+/);
    return pieces.map((piece) => this.ctx.districts.alone(piece.trim()) ?? this.areaOfLocality(piece.trim()));
  }

  /** Whether a bracket's words are a phase (（一期）, （一至三期）). */
  private isPhase(bracketed: string): boolean {
    return this.words.phaseEnd.test(`（${bracketed}）`);
  }

  /** （铷坑县苡坪村）, 在甲旗乙镇: an area of the plan and a village or town in it — the area is where the project lies. */
  private areaOfLocality(text: string): DistrictHit | null {
    const area = this.ctx.districts.leading(text);
    return area !== null && !area.unlisted && PLACE_IN_AREA.test(text.slice(area.index + area.form.length))
      ? area
      : null;
  }

  /** …生态修复治理（青螺镇、云岫乡）: areas in brackets after a name are where it lies, not part of its name. */
  private withoutBracketAreas(item: Item): Item {
    // …旅游公路（苴岭乡）建设: the frame's 建设 after the brackets stays after the name.
    const after = endsWithAny(item.text, this.ctx.rules.trailingSuffixes) ?? '';
    const match = new RegExp(`（([^（）]+)）${after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).exec(item.text);
    if (!match || match.index < 2) return item;
    const cut = { text: item.text.slice(0, match.index) + after, written: item.written };
    const written = item.written.endsWith(match[0]) ? item.written.slice(0, -match[0].length) + after : item.written;
    // （县林草局牵头，各乡镇配合）: who leads it, not part of its name; （位于X，由Y负责建设）: where it lies too.
    if (UNIT_CLAUSE.test(match[1])) {
      const located = /^(?:项目)?位于([^，,]+)[，,](.+)$/.exec(match[1]);
      const said = this.clauseLinks(located ? located[2] : match[1]);
      const areas = located ? this.bracketPlace(located[1]) : [];
      const placed = areas.length > 0 && areas.every((a) => a !== null && !a.unlisted);
      return {
        ...item,
        text: cut.text,
        written,
        clauseOrgs: said.orgs,
        clauseDistricts: said.districts,
        bracketDistricts: placed ? [...item.bracketDistricts, ...areas.map((a) => a!.name)] : item.bracketDistricts,
      };
    }
    // （全县）, （市本级）: the plan's own level, no one area and no part of the name.
    if (OWN_LEVEL.test(match[1])) return { ...item, text: cut.text, written };
    // X工程技术研究中心（Y集团）: the firm or institution that builds it, named alone in the brackets.
    const bodies = match[1].split('、');
    if (bodies.every((body) => ['enterprise', 'institution'].includes(unitKind(body)) && body.length >= 4)) {
      const orgs = bodies.flatMap((body) => this.ctx.orgs.find(body, false).filter((o) => o.form === body));
      if (orgs.length === bodies.length) return { ...item, text: cut.text, written, clauseOrgs: orgs };
    }
    // （打捆）: works bundled as one project, no part of its name; （打捆，涉及X、Y）: in the areas it names.
    if (match[1] === '打捆') return { ...item, text: cut.text, written };
    // （位于溪南街道）, （苁蓉镇境内）, （在X旧厂区内改造建设）: where it lies, said in words.
    const where = match[1]
      .replace(/^打捆[，,]/, '')
      .replace(/^(项目)?位于|^跨|^途经|^涉及|^连接/, '')
      .replace(/^在(.+?)(?:改造|新|扩|改扩)?建设$/, '$1')
      .replace(/境内$/, '');
    let areas = this.bracketPlace(where);
    // （位于蛏浦市鲚滩镇）: said in words to be where it lies, so no part of the name, though the
    // plan's areas may hold only some of it (the county, not a town of it); so is a section between two
    // places (镃城区至东部新城段), one of them perhaps no area — unless the name is a route between two places
    // itself (甲州至乙州城际铁路（甲州至丙县段）), whose section the bracket names as the project. A route's
    // two ends (（连接甲镇与乙市区）, （乙州至甲县跨海输水管道）) are where it runs, no part of its name either.
    if (areas.some((a) => a === null)) {
      const section =
        (/^[^（）至]{2,12}至[^（）至]{2,14}$/.test(where) || /^连接[^（）]{4,30}$/.test(match[1])) &&
        !cut.text.includes('至');
      if (where === match[1] && !section) return item;
      areas = [...this.ctx.districts.find(where)];
    }
    return {
      ...item,
      text: cut.text,
      written,
      bracketDistricts: areas.map((a) => a!.name),
    };
  }

  /** Whether what follows 等 says the list is of projects (等一批项目, 等重点工程), not of something else (等交通枢纽). */
  private closesProjectList(tail: string): boolean {
    const head = this.listHead(tail);
    return this.ctx.rules.listTailProjectWords.some((w) => head.includes(w));
  }

  /** Whether a list's first item (before 、 or 等) ends in a project's or facility's noun. */
  private namesProjectFirst(segment: string): boolean {
    const written = segment.split('、')[0].split('等')[0];
    const first = written.replace(this.words.phaseEnd, '');
    // “城市大脑”二期: a name the plan quotes, in a phase of its own.
    if (first !== written && /^“[^”]{2,}”$/.test(first)) return true;
    return first.length >= 4 && (endsWithAny(first, this.ctx.rules.projectNouns) !== null || FACILITY_END.test(first));
  }

  /** Where a 等 closes a list (outside brackets and quotes), skipping words that merely hold one (中等职业学校). */
  private etcIndex(text: string): number {
    for (let index = indexOutside(text, '等'); index >= 0; index = indexOutside(text, '等', index + 1)) {
      const inWord = this.ctx.rules.etcInWords.some((word) => {
        const at = word.indexOf('等');
        return text.startsWith(word, index - at);
      });
      if (!inWord) return index;
    }
    return -1;
  }

  /**
   * A town or village written in full at the head of a name (鳓港镇纺织特色小镇 in a city's plan, whose
   * towns are no districts of it): a proper stem of two or three characters, not a kind of town (重点镇,
   * 特色小镇) or village (城中村).
   */
  private opensWithTown(name: string): boolean {
    const { genericPrefixes } = this.ctx.rules.orgs;
    // Both readings are tried: 子丑村乡村旅游… is no township 子丑村乡 but the village 子丑村.
    return [/^(\p{Script=Han}{2,3}?)(镇|乡|苏木|街道)/u.exec(name), VILLAGE.exec(name)].some(
      (town) =>
        town !== null &&
        ![
          ...genericPrefixes,
          ...this.ctx.rules.identity.featureStemStops,
          ...TOWN_KIND_WORDS,
          ...(['村', '嘎查'].includes(town[2]) ? VILLAGE_KIND_WORDS : []),
        ].some((w) => town[1].includes(w)),
    );
  }

  /** How many characters of the plan's own name a name opens with (鞲州镩河… → 2), 0 for none. */
  private cityNameLength(name: string): number {
    return this.ctx.cityForms.find((c) => name.startsWith(c))?.length ?? 0;
  }

  /**
   * A river, lake, bay, mountain or gorge the name opens with (杉塘河大桥, 鹭洲湾滨海度假区,
   * 朔溪河流域…): a proper stem of two or three characters and a feature word, not a common noun.
   */
  private featureName(name: string): boolean {
    const { featureSuffixes, featureStemStops, featureNotFollowedBy } = this.ctx.rules.identity;
    const start = this.cityNameLength(name);
    const single = this.ctx.rules.identity.featureOfOneCharacter;
    const [stem, suffix] = [name.slice(start, start + 1), name.slice(start + 1, start + 2)];
    if (
      /^[\u4e00-\u9fff]$/.test(stem) &&
      single.suffixes.includes(suffix) &&
      !single.stemStops.includes(stem) &&
      startsWithAny(name.slice(start + 2), single.parts)
    )
      return true;
    for (const length of [2, 3]) {
      const stem = name.slice(start, start + length);
      if (!/^[\u4e00-\u9fff]+$/.test(stem) || stem.length < length) return false;
      if (startsWithAny(stem, featureStemStops) || startsWithAny(stem, this.ctx.rules.orgs.genericPrefixes)) continue;
      const rest = name.slice(start + length);
      const feature = startsWithAny(rest, featureSuffixes);
      if (!feature) continue;
      const after = rest.slice(feature.length);
      if (after.length < 2) continue;
      // 中小河流, 城市河湖: two common nouns; 朔溪河流域 still names one river, 黑鹰峡水库 a reservoir.
      if (
        feature.length === 1 &&
        featureNotFollowedBy.includes(after[0]) &&
        !startsWithAny(after, featureSuffixes) &&
        !startsWithAny(after, this.ctx.rules.projectNouns)
      )
        continue;
      return true;
    }
    return false;
  }

  /** 湾东街道、湾西街道雨污分流改造: areas named bare before one project are its districts, one project. */
  private joinAreaRun(items: Item[]): Item[] {
    const out: Item[] = [];
    let run: Item[] = [];
    // 甲县乙镇、丙市丁镇X基地: an area of the plan and a town of it are where, as the area alone is.
    const bareArea = (text: string) =>
      this.ctx.districts
        .find(text)
        .some((h) => h.index === 0 && !h.unlisted && (h.form === text || TOWN.test(text.slice(h.form.length))));
    for (const item of items) {
      if (bareArea(item.text)) {
        run.push(item);
        continue;
      }
      if (run.length > 0 && this.ctx.districts.leading(item.text)) {
        out.push({
          ...item,
          text: [...run, item].map((i) => i.text).join('、'),
          written: [...run, item].map((i) => i.written).join('、'),
          opensGroup: run[0].opensGroup,
        });
      } else {
        out.push(...run, item);
      }
      run = [];
    }
    return [...out, ...run];
  }

  /** 航空紧固件、液压管路件区域性生产基地: short bare terms before one facility name are its modifiers, one project. */
  private joinModifierRun(items: Item[]): Item[] {
    if (items.length < 2) return items;
    const last = items[items.length - 1];
    const modifiers = items.slice(0, -1);
    const bare = (item: Item) =>
      item.text.length <= this.ctx.rules.modifierMaxLength &&
      !this.containsProjectNoun(item.text) &&
      !/[“”]/.test(item.text) &&
      this.identity(item.text, [], false) === 'generic';
    if (!modifiers.every(bare) || !endsWithAny(last.text, this.ctx.rules.projectNouns)) return items;
    const text = items.map((i) => i.text).join('、');
    return [{ ...items[0], text, written: items.map((i) => i.written).join('、'), weak: last.weak }];
  }

  /** A generic object of a weak verb or an action is a project only when it heads one facility (共建X创新中心). */
  private standsAlone(item: Item): boolean {
    const rules = this.ctx.rules;
    if (!item.weak && !endsWithAny(item.text, rules.actionNouns)) return true;
    return item.weak && endsWithAny(item.text, rules.facilityNouns) !== null;
  }

  /** What a 等-list is of: the noun right after 等 up to 的 (…等合作机构的科研引领作用), else the noun after 的 (…等群众喜闻乐见的公共文化活动). */
  private listHead(tail: string): string {
    const rules = this.ctx.rules;
    const parts = tail.split('的');
    const known = [
      ...rules.listTailProjectWords,
      ...rules.listTailRejectWords,
      ...rules.listTailAcceptWords,
      ...rules.projectNouns,
    ];
    if (parts.length > 1 && !known.some((w) => parts[0].includes(w))) return parts[parts.length - 1];
    return parts[0];
  }

  private splitQuotedAndConjoined(piece: string): string[] {
    let names = [piece];
    for (const separator of this.ctx.rules.quotedListSeparators) {
      names = names.flatMap((n) => {
        const parts = n.split(separator);
        // 大宗物料“公转铁”“散改集”清洁运输工程: quotes inside one name, not a list of quoted names.
        return parts.length === 1 || !n.startsWith(separator[1])
          ? [n]
          : parts.map((p, i) => (i > 0 ? separator[1] : '') + p + (i < parts.length - 1 ? separator[0] : ''));
      });
    }
    // Split only where each side is a whole name: the left ends like one (a project's or a facility's
    // noun, or the areas in brackets after a name), the right is long enough.
    for (const conjunction of this.ctx.rules.splitConjunctions)
      names = splitAt(names, conjunction, (left, right) => {
        // “黑土粮仓”和美乡村: 和美 is a word, not 和 joining two names.
        if (startsWithAny(conjunction + right, this.ctx.rules.wordsOpeningWithConjunction)) return false;
        const bracket = /（([^（）]+)）$/.exec(left)?.[1];
        const closed =
          endsWithAny(left, this.ctx.rules.conjunctionLeftEndings) !== null ||
          FACILITY_END.test(left) ||
          // …工程（全县）和B: a bracket of the plan's own level closes a name as one of areas does, and so does
          // a phase (X智慧港口（一期）和B).
          (bracket !== undefined &&
            (this.isPhase(bracket) ||
              bracket.split('、').every((a) => OWN_LEVEL.test(a) || this.ctx.districts.alone(a) !== null)));
        return (closed && this.stripTrailing(right).length >= 4) || this.twoNamedWorks(left, this.stripTrailing(right));
      });
    for (const conjunction of this.ctx.rules.namedWorksConjunctions)
      names = splitAt(names, conjunction, (left, right) => this.twoNamedWorks(left, this.stripTrailing(right)));
    return names;
  }

  /**
   * 甲河堤防加固和乙河综合整治, X枢纽和Y站前广场: two works or facilities joined by 和, each named
   * by a place or a body of its own and ending as a project does, are two projects.
   */
  private twoNamedWorks(left: string, right: string): boolean {
    const ends = (name: string) =>
      endsWithAny(name, this.ctx.rules.actionNouns) !== null ||
      endsWithAny(name, this.ctx.rules.projectNouns) !== null ||
      FACILITY_END.test(name);
    const named = (name: string) => {
      const identity = this.identity(name, this.ctx.orgs.find(name, false), false);
      return identity !== 'generic';
    };
    // 城东再生水厂: a facility named by a locality needs no identity of its own; 配套管网 is a part of the left one.
    const facility = (name: string) => name.length >= 5 && FACILITY_END.test(name) && !/^(配套|相关|附属)/.test(name);
    return left.length >= 4 && right.length >= 4 && ends(left) && named(left) && (named(right) || facility(right));
  }

  private clean(text: string): string {
    const rules = this.ctx.rules;
    let name = withoutTrailingSize(withoutTrailingStatus(normaliseName(text).replace(/^[：:]/, '')))
      // X（以下简称“Y”）, X（“三馆一中心”）: the short name or nickname the plan gives it is no part of its name.
      .replace(/（(?:以下)?简称[^（）]*）$|（“[^（）“”]+”）$/u, '');
    for (;;) {
      const modifier = startsWithAny(name, longestFirst(rules.leadingModifiers));
      if (!modifier) break;
      name = name.slice(modifier.length);
    }
    for (const marker of longestFirst(rules.cutMarkers)) {
      const index = indexOutside(name, marker);
      if (index > 1) name = name.slice(0, index);
    }
    return name;
  }

  private stripTrailing(name: string, keepNounPhrase = true): string {
    for (const suffix of longestFirst(this.ctx.rules.trailingSuffixes)) {
      if (!name.endsWith(suffix) || name.length - suffix.length < 2) continue;
      const stripped = name.slice(0, -suffix.length);
      // …智能化基础建设 is one noun: the suffix belongs to it.
      const nounPhrase =
        endsWithAny(stripped, this.ctx.rules.policyEndings) && !endsWithAny(stripped, this.ctx.rules.namedPolicyHeads);
      return keepNounPhrase && nounPhrase ? name : stripped;
    }
    return name;
  }

  /** A suffix written only after the last item is not part of that item's name (…学院教学科研及宿舍建设). */
  private stripSharedSuffix(earlier: string[], last: string): string {
    const endings = this.words.sharedEndings;
    const used = earlier.map((n) => endings.find((e) => n.endsWith(e)));
    if (used.some((e) => e === undefined)) return last;
    let cut = -1;
    for (const e of new Set(used as string[])) {
      // 荠坡站站城一体化开发: the first ending after a name of two characters closes the name.
      const index = last.indexOf(e, 2);
      if (index > 0 && index + e.length < last.length) cut = Math.max(cut, index + e.length);
    }
    if (cut <= 0) return last;
    // 乐平市中心敬老院改扩建: what follows has a head noun of its own, so it is no shared suffix.
    let rest = this.stripTrailing(last.slice(cut));
    // …集装箱码头三期: a phase is the item's own identity, never a suffix shared with the items before it.
    if (this.words.phase.test(rest)) return last;
    const works = endsWithAny(rest, this.words.sharedWorks);
    if (works) rest = rest.slice(0, -works.length);
    if (endsWithAny(rest, endings) || FACILITY_END.test(rest)) return last;
    // The ending may run on into a longer noun of the same thing (…产业园|区微电网 → …产业园区).
    for (const e of endings) {
      const index = last.indexOf(e, cut - e.length + 1);
      if (index >= 0 && index < cut && index + e.length > cut && index + e.length < last.length) cut = index + e.length;
    }
    return last.slice(0, cut);
  }

  private accepts(name: string, projectList: boolean, enumerated: boolean, weak: boolean): 'project' | 'maybe' | 'no' {
    const rules = this.ctx.rules;
    if (projectList) return 'project';
    // A bracketed note after the name (保税物流中心（B型）) does not change what it ends with.
    name = name.replace(/（[^）]*）$/, '');
    const quoted = /^“[^”]+”/.test(name) || /“[^”]+”$/.test(name);
    const policy = endsWithAny(name, rules.policyEndings);
    const noun = endsWithAny(name, rules.projectNouns);
    // “渌屏好粮油”品牌提升行动: a campaign the plan names in quotes is one programme.
    if (quoted && (!policy || policy === '行动')) return 'project';
    if (policy && (!noun || policy.length >= noun.length)) return 'maybe';
    // 中小学, 新机场: a kind of facility after a word of size or age names none in particular.
    if (noun && /^[中小大新老]$/.test(name.slice(0, -noun.length))) return 'maybe';
    if (noun) return 'project';
    if (enumerated && !weak) return 'project';
    return 'maybe';
  }

  private containsProjectNoun(name: string): boolean {
    return this.ctx.rules.projectNouns.some((n) => n.length > 1 && name.includes(n));
  }

  private hasOwnPlace(name: string): boolean {
    return this.ctx.places.some((p) => name.includes(p));
  }

  /** The item names a place the gazetteer puts outside the district being distributed. */
  private placeElsewhere(name: string, district: string | null): boolean {
    return this.ctx.places.some((p) => name.includes(p) && this.ctx.placeDistricts.get(p) !== district);
  }

  /**
   * 市中医院迁建, 县第二高级中学, 县疾病预防控制中心实验楼: the plan's own city's or county's institution,
   * named by 市/县 and its own name, and at most the works done on it or one building or campus of it.
   */
  private ownInstitution(name: string): boolean {
    const rules = this.ctx.rules;
    if (!this.ownLevels.has(name[0]) || !/^[\u4e00-\u9fff]/.test(name.slice(1))) return false;
    return rules.identity.ownInstitutionSuffixes.some((suffix) => {
      // 县疾病预防控制中心 needs no name of its own between 县 and the suffix: the county has one.
      const index = name.indexOf(suffix, suffix.length >= 4 ? 1 : 2);
      if (index < 0) return false;
      const rest = name.slice(index + suffix.length);
      return (
        rest === '' ||
        rules.actionNouns.includes(rest) ||
        rules.orgs.institutionWorks.includes(rest) ||
        INSTITUTION_PART.test(rest)
      );
    });
  }

  /**
   * 鼪泡国家湿地公园保护修复: a park or reserve a government designates, named by words of its own before the
   * designation (not a common word: 城市国家湿地公园 is none).
   */
  private designatedName(name: string): boolean {
    const rules = this.ctx.rules;
    return rules.identity.designations.some((designation) => {
      const stem = name.slice(0, Math.max(0, name.indexOf(designation)));
      return (
        /^\p{Script=Han}{2,6}$/u.test(stem) &&
        !startsWithAny(stem, rules.orgs.genericPrefixes) &&
        !startsWithAny(stem, rules.identity.featureStemStops)
      );
    });
  }

  /**
   * 霰山国际滑雪度假区, 鞲州镩河冰上运动公园: a name opening with a feature the plan's prose names (霰山北坡) and
   * ending in a project's head, one name and not two joined by 和. A stem that is a common word's (盐湖, 运河) names
   * no feature of its own.
   */
  private opensWithFeature(name: string): boolean {
    const { featureOfOneCharacter, featureStemStops } = this.ctx.rules.identity;
    const start = this.cityNameLength(name);
    return (
      this.endsInProjectHead(name) &&
      !name.includes('和') &&
      this.ctx.features.some(
        (f) =>
          name.startsWith(f, start) &&
          name.length > start + f.length &&
          !featureOfOneCharacter.stemStops.includes(f[0]) &&
          !startsWithAny(f, featureStemStops),
      )
    );
  }

  /** Why a name has a proper identity (Tier A), or 'generic'. */
  private identity(name: string, orgs: OrgHit[], batch: boolean): string {
    const rules = this.ctx.rules;
    if (/“[^”]+”/.test(name)) return 'quoted-name';
    if (startsWithAny(name, rules.identity.properNamePrefixes)) return 'proper-name';
    if (this.words.edition.test(name)) return 'edition';
    if (this.words.phase.test(name)) return 'phase';
    if (this.words.code.test(name)) return 'route-code';
    if (this.ctx.districts.find(name).length > 0) return 'district-name';
    if (this.opensWithTown(name)) return 'place-name';
    if (this.ctx.cityForms.some((c) => name.includes(c))) return 'city-name';
    if (this.hasOwnPlace(name)) return 'place-name';
    if (this.ctx.ambiguousForms.some((f) => name.includes(f))) return 'place-name';
    if (this.featureName(name) || this.ctx.districts.namesFeature(name) || this.opensWithFeature(name))
      return 'feature-name';
    if (this.designatedName(name)) return 'designated-name';
    let plain = name;
    for (const word of rules.identity.notPlaceWords) plain = plain.split(word).join('、');
    if (rules.identity.placeMarkers.some((m) => plain.indexOf(m) >= 2)) return 'place-name';
    if (orgs.length > 0) return 'organisation-name';
    if (this.ownInstitution(name)) return 'organisation-name';
    const route = endsWithAny(name, rules.identity.routeKinds);
    // 港口和航道, 农村公路: two kinds joined, or a kind of route, no route's proper name.
    const routeHead = route ? name.slice(0, -route.length) : '';
    if (
      route &&
      routeHead.length <= rules.identity.properRouteHeadMaxLength &&
      routeHead !== '' &&
      !/[和与及]$/.test(routeHead) &&
      !rules.identity.genericRouteHeads.includes(routeHead)
    )
      return 'route-name';
    // An item of 等一批项目 is one of a batch the plan names; of a plain 等项目 list, a generic type (遗址公园) is Tier B.
    if (batch) return 'project-list';
    return 'generic';
  }
}
