import path from 'node:path';
import { PlanIdentity } from '../bundle/schema';
import { decodePlanFile } from '../text/decode';
import { normaliseText } from '../text/normalise';
import { findDocuments } from './documents';
import { editionOf, readPlanIdentity } from './plan';

const DATA = path.join(__dirname, '..', '..', 'data');

/** Identity of the plan in a gazette given as lines of text. */
function identityOf(text: string): PlanIdentity {
  const lines = normaliseText(text);
  const documents = findDocuments(lines, text.split('\n').length);
  const plan = documents.find((d) => d.document.kind === 'plan');
  if (!plan) throw new Error('no plan document');
  return PlanIdentity.parse(readPlanIdentity({ plan, lines }));
}

const notice = (issuer: string, title: string, addressee: string) =>
  [
    `${issuer}公报`,
    '',
    '2027年第1期',
    '',
    issuer,
    '',
    `关于印发《${title}》的通知`,
    '',
    'X府发〔2026〕1号 2026年3月2日',
    '',
    addressee,
    '',
    `《${title}》已经审议通过，现印发给你们，请认真贯彻执行。`,
    '',
    title,
    '',
    '第一篇 总体要求',
    '',
    '第一章 发展基础',
    '',
    '全县上下深入贯彻落实江西省委决策部署，融入景德镇市浮梁县城乡一体化。',
    '',
    '景德镇市浮梁县是景德镇市的东北门户。',
    '',
  ].join('\n');

describe('plan identity', () => {
  it('reads the bundled gazette: 景德镇市, a city plan of 十五五 in 江西省', () => {
    const decoded = decodePlanFile(path.join(DATA, 'jingdezhen-gazette-2026-05.txt'));
    const lines = normaliseText(decoded.text);
    const plan = findDocuments(lines, decoded.text.split('\n').length).find((d) => d.document.kind === 'plan')!;
    expect(readPlanIdentity({ plan, lines })).toEqual({
      title: '景德镇市国民经济和社会发展第十五个五年规划纲要',
      edition: '十五五',
      level: 'city',
      region: '景德镇市',
      province: '江西省',
      parentCity: null,
      city: '景德镇市',
      issuer: '景德镇市人民政府',
      gazette: '景德镇市人民政府公报 2026年第5期',
      evidence: {
        document: 'doc:plan',
        line: 72,
        quote: '景德镇市国民经济和社会发展第十五个五年规划纲要',
        basis: 'stated',
        rule: 'plan-title',
      },
    });
  });

  it('reads a county plan and the city its text puts it in', () => {
    const identity = identityOf(
      notice('浮梁县人民政府', '浮梁县国民经济和社会发展第十五个五年规划纲要', '各乡（镇）人民政府，县政府各部门：'),
    );
    expect(identity).toMatchObject({
      level: 'county',
      region: '浮梁县',
      parentCity: '景德镇市',
      province: '江西省',
      issuer: '浮梁县人民政府',
      gazette: '浮梁县人民政府公报 2027年第1期',
    });
  });

  it('tells a county-level city by the towns its notice addresses', () => {
    const county = identityOf(
      notice(
        '乐安市人民政府',
        '乐安市国民经济和社会发展第十五个五年规划纲要',
        '各乡镇人民政府，各街道办事处，市政府各部门：',
      ),
    );
    expect(county).toMatchObject({ level: 'county', region: '乐安市' });
    const city = identityOf(
      notice(
        '青山市人民政府',
        '青山市国民经济和社会发展第十五个五年规划纲要',
        '各县（市、区）人民政府，市政府各部门：',
      ),
    );
    expect(city).toMatchObject({ level: 'city', region: '青山市', parentCity: null });
  });

  it('splits a title that writes the whole chain of areas', () => {
    const identity = identityOf(
      notice(
        '松溪县人民政府',
        '福建省南平市松溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
        '各乡镇人民政府：',
      ),
    );
    expect(identity).toMatchObject({
      level: 'county',
      region: '松溪县',
      parentCity: '南平市',
      province: '福建省',
      edition: '十四五',
    });
  });

  it('takes a short title over the full one for the plan the notice publishes, not a document of its own', () => {
    const title = '甲乙苗族侗族自治州国民经济和社会发展第十五个五年规划纲要';
    const text = notice('甲乙苗族侗族自治州人民政府', title, '各县（市）人民政府，州直各部门：').replace(
      `\n${title}\n`,
      `\n甲乙州“十五五”规划纲要\n\n${title}\n`,
    );
    const documents = findDocuments(normaliseText(text), text.split('\n').length);
    expect(documents.filter((d) => d.document.kind === 'plan').map((d) => d.document.title)).toEqual([title]);
    expect(documents[0].lines.map((l) => l.text)).toContain('第一篇总体要求');
  });

  it('reads the edition written either way', () => {
    expect(editionOf('第十五个五年规划纲要')).toBe('十五五');
    expect(editionOf('“十四五”规划')).toBe('十四五');
    expect(editionOf('发展规划纲要')).toBeNull();
  });
});
