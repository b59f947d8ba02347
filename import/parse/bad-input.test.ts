import fs from 'node:fs';
import path from 'node:path';
import { loadCityProfile } from '../city/profile';
import { PlanInputError } from '../errors';
import { parsePlan } from './index';

const GAZETTE = path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt');
const gazetteLines = fs.readFileSync(GAZETTE, 'utf8').split('\n');
const profile = loadCityProfile();

function refusal(text: string): PlanInputError {
  try {
    parsePlan({ file: 'bad.txt', text, encoding: 'utf-8', sha256: '' }, { profile });
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

/** The gazette up to and including a line (1-based), as if the file ended there. */
const upTo = (line: number) => gazetteLines.slice(0, line).join('\n');

describe('parsePlan refuses', () => {
  it('text that holds no plan', () => {
    const error = refusal(
      '关于开展单用途商业预付卡备案工作的公告\n\n2026年5月22日\n\n各相关企业：\n\n为规范单用途商业预付卡发行行为，现公告如下。\n',
    );
    expect(error.file).toBe('bad.txt');
    expect(error.line).toBeNull();
    expect(error.problem).toMatch(/not a plan/);
  });

  it("a plan without boxes, naming the plan's line", () => {
    const error = refusal(
      '\n青山市国民经济和社会发展第十五个五年规划纲要\n\n第一篇 总体要求\n\n第一章 发展基础\n\n全市经济持续发展。\n',
    );
    expect(error.line).toBe(2);
    expect(error.problem).toMatch(/no 专栏/);
  });

  it('a file that ends right after a box heading', () => {
    expect(gazetteLines[524]).toBe('专栏 2 文化遗产保护利用工程');
    const error = refusal(upTo(526));
    expect(error.line).toBe(525);
    expect(error.problem).toMatch(/专栏 2 has no items/);
  });

  it('a file that ends on an item heading with no text', () => {
    expect(gazetteLines[534]).toBe('3. 数字化利用');
    const error = refusal(upTo(535));
    expect(error.line).toBe(535);
    expect(error.problem).toMatch(/专栏 2: item 3 "数字化利用" has no text/);
    expect(error.message).toMatch(/^bad\.txt:535: /);
  });

  it('a file that ends mid-sentence inside a box', () => {
    const cut = `${upTo(536)}\n构建陶瓷文化数字资产库；建设陶瓷文化`;
    const error = refusal(cut);
    expect(error.line).toBe(537);
    expect(error.problem).toMatch(/mid-sentence/);
  });

  it('no box that the gazette closes (抄送：…，) right after it, its closing lines read as no box text', () => {
    const text = `${upTo(536)}\n构建陶瓷文化数字资产库。\n\n抄送：市委各部门，\n\n市人民政府办公室  2026年5月20日印发\n`;
    const closed = parsePlan({ file: 'closed.txt', text, encoding: 'utf-8', sha256: '' }, { profile });
    const last = closed.boxes[closed.boxes.length - 1].items.at(-1)!.paragraphs.at(-1)!;
    expect(last.text).toBe('构建陶瓷文化数字资产库。');
  });

  it('an indicator table that the file cuts short', () => {
    expect(gazetteLines[464]).toMatch(/14\.每万人口高价值发明专利拥有量/);
    const error = refusal(upTo(465));
    expect(error.line).toBe(465);
    expect(error.problem).toMatch(/file ends inside the indicator table/);
  });
});

describe('parsePlan reads on past a box whose item numbers skip one', () => {
  it('warns at the line of the item out of order and reads the items it has', () => {
    const lines = [...gazetteLines];
    lines.splice(530, 4); // drops "2. 遗产活化利用" and its text
    const plan = parsePlan({ file: 'bad.txt', text: lines.join('\n'), encoding: 'utf-8', sha256: '' }, { profile });
    expect(plan.warnings).toContainEqual({
      file: 'bad.txt',
      line: 531,
      message: expect.stringMatching(/item 3 follows item 1; the box is read as printed/),
    });
    const box = plan.boxes.find((b) => b.items.some((item) => item.line === 531))!;
    expect(box.items.map((item) => item.number)).toEqual([1, 3, 4]);
  });
});

describe('parsePlan reads on past a box that holds nothing', () => {
  it('warns at the box heading and reads the boxes around it', () => {
    const lines = [...gazetteLines];
    expect(lines[2088]).toBe('第一章 加强党的全面领导');
    lines.splice(2087, 0, '专栏 28 规划实施保障工程', '');
    const plan = parsePlan({ file: 'bad.txt', text: lines.join('\n'), encoding: 'utf-8', sha256: '' }, { profile });
    expect(plan.warnings).toContainEqual({
      file: 'bad.txt',
      line: 2088,
      message: '专栏 28 has no items; nothing is read from it',
    });
    expect(plan.boxes.at(-1)).toMatchObject({ number: 28, items: [] });
    expect(plan.boxes.find((box) => box.number === 27)!.items.length).toBeGreaterThan(0);
  });
});

describe('parsePlan reads on past an indicator table it cannot read whole', () => {
  const full = parsePlan(
    { file: 'bad.txt', text: gazetteLines.join('\n'), encoding: 'utf-8', sha256: '' },
    { profile },
  );
  const read = (lines: string[]) =>
    parsePlan({ file: 'bad.txt', text: lines.join('\n'), encoding: 'utf-8', sha256: '' }, { profile });

  it('an indicator row cut off mid-row: left out, with a warning at its line', () => {
    const lines = [...gazetteLines];
    expect(lines[484]).toMatch(/29\.能源综合生产能力/);
    lines[484] = '| | 29.能源综合生产能力 (亿吨标准煤) | 0.068 |';
    const plan = read(lines);
    expect(plan.warnings).toContainEqual({
      file: 'bad.txt',
      line: 485,
      message: expect.stringMatching(/indicator 29 is incomplete/),
    });
    expect(plan.indicators.map((i) => i.number)).not.toContain(29);
    expect(plan.indicators).toHaveLength(full.indicators.length - 1);
    expect(plan.boxes).toEqual(full.boxes);
  });

  it('an indicator table with a row missing: the rest read, the gap warned', () => {
    const lines = [...gazetteLines];
    expect(lines[460]).toMatch(/10\.陶瓷产业总产值/);
    lines.splice(460, 1);
    const plan = read(lines);
    expect(plan.warnings).toContainEqual({
      file: 'bad.txt',
      line: 461,
      message: expect.stringMatching(/indicator 11 follows indicator 9/),
    });
    expect(plan.indicators.map((i) => i.number)).not.toContain(10);
    expect(plan.indicators.map((i) => i.number)).toContain(11);
    expect(plan.boxes.map((box) => box.items.length)).toEqual(full.boxes.map((box) => box.items.length));
  });

  it('an indicator row repeated: the second left out', () => {
    const lines = [...gazetteLines];
    lines.splice(461, 0, lines[460]);
    const plan = read(lines);
    expect(plan.warnings).toContainEqual({
      file: 'bad.txt',
      line: 462,
      message: expect.stringMatching(/indicator 10 follows indicator 10; out of order/),
    });
    expect(plan.indicators).toEqual(
      full.indicators.map((i) =>
        i.number > 10 ? { ...i, evidence: { ...i.evidence, line: i.evidence.line + 1 } } : i,
      ),
    );
  });

  it('a 专栏 1 without a table: no indicators, a warning, every project read', () => {
    const lines = gazetteLines.filter((line, index) => !(index >= 448 && index < 490 && line.trim().startsWith('|')));
    const plan = read(lines);
    expect(plan.indicators).toEqual([]);
    expect(plan.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/holds no indicator table/));
    expect(plan.boxes.map((box) => box.items.length)).toEqual(full.boxes.map((box) => box.items.length));
  });
});
