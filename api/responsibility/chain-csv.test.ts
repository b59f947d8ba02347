import type { DocumentInfo } from '../common/evidence-words';
import { chainRows, CHAIN_CSV_HEADERS } from './chain-csv';
import { chainPath, type RawNode, type RawStep } from './chain';

const project: RawNode = { id: 'project:x', type: 'Project', name: '某药业产品工艺装备提升' };
const bureau: RawNode = { id: 'unit:bureau', type: 'Unit', name: '市工业和信息化局', kind: 'department' };
const city: RawNode = { id: 'unit:city', type: 'Unit', name: '某市人民政府', kind: 'government' };
const firm: RawNode = { id: 'unit:firm', type: 'Unit', name: '某药业', kind: 'enterprise' };
const documents = new Map<string, DocumentInfo>([['doc:plan', { title: '某市规划纲要', line: 60 }]]);

const remit: RawStep = {
  from: project,
  to: bureau,
  type: 'RESPONSIBLE',
  forward: true,
  role: 'remit',
  evidence: {
    document: 'doc:plan',
    line: 741,
    quote: '推进实施某药业产品工艺装备提升。',
    basis: 'derived',
    rule: 'profile-remit',
    whyZh: '依据：该项目属于“精细化工和医药”领域，城市资料列该领域由市工业和信息化局主管',
    whyEn: 'The project is of the chemicals and pharmaceuticals field; the city profile lists 市工业和信息化局 for it',
    premises: JSON.stringify([
      { kind: 'gazette', document: 'doc:plan', line: 741, quote: '推进实施某药业产品工艺装备提升。' },
      {
        kind: 'profile',
        file: 'data/city/x.json',
        entry: 'remit: chem-pharma → 市工业和信息化局',
        says: {
          zh: '“精细化工和医药”领域由市工业和信息化局主管',
          en: '市工业和信息化局 is in charge of the chemicals and pharmaceuticals field',
        },
        source: 'common knowledge: published functions',
        sourceZh: '常识：公开的职能配置',
      },
    ]),
  },
};
const reports: RawStep = {
  from: bureau,
  to: city,
  type: 'REPORTS_TO',
  forward: true,
  role: null,
  evidence: {
    document: 'doc:plan',
    line: 62,
    quote: '某市人民政府印发给市政府各部门。',
    basis: 'stated',
    rule: 'notice-addressee',
  },
};
const stops: RawStep = {
  from: project,
  to: firm,
  type: 'RESPONSIBLE',
  forward: true,
  role: 'implementing',
  evidence: {
    document: 'doc:plan',
    line: 741,
    quote: '推进实施某药业产品工艺装备提升。',
    basis: 'derived',
    rule: 'org-in-project-name',
    whyZh: '依据：“某药业”仅见于项目名称之中',
    whyEn: 'The firm appears only inside the project name',
    premises: JSON.stringify([
      { kind: 'gazette', document: 'doc:plan', line: 741, quote: '推进实施某药业产品工艺装备提升。' },
    ]),
  },
};

describe('the chain CSV', () => {
  const paths = [chainPath(project, [remit], [reports]), chainPath(project, [stops], [])];

  it('gives each step its basis, rule in words, why, where it stands and the quote, in Chinese', () => {
    const rows = chainRows(paths, documents, 'zh');
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === CHAIN_CSV_HEADERS.zh.length)).toBe(true);
    const [first, second, third] = rows;
    expect(first.slice(0, 9)).toEqual([
      1,
      '直达市人民政府，其中 1 步为推导：第 1 步',
      1,
      '某药业产品工艺装备提升',
      '由其负责',
      '市工业和信息化局',
      '推导',
      '城市资料所列部门职责范围',
      remit.evidence.whyZh,
    ]);
    expect(first.slice(9, 13)).toEqual(['某市规划纲要', 682, 741, '推进实施某药业产品工艺装备提升。']);
    expect(first[13]).toBe(
      '《某市规划纲要》第 682 行（公报第 741 行）：推进实施某药业产品工艺装备提升。；来自城市资料（data/city/x.json）：“精细化工和医药”领域由市工业和信息化局主管；来源：常识：公开的职能配置',
    );
    expect(second[6]).toBe('明示');
    expect(second[8]).toBe('');
    expect(third[1]).toMatch(/^止于某药业：某药业是企业/);
    expect(third[7]).toBe('企业名称仅见于项目名称');
    expect(rows.flat().join(' ')).not.toMatch(/profile-remit|org-in-project-name|notice-addressee|stated|derived/);
  });

  it('says the same in English', () => {
    const [first, , third] = chainRows(paths, documents, 'en');
    expect(first[1]).toBe('reaches the top through 1 derived step(s): 1');
    expect(first[6]).toBe('derived');
    expect(first[7]).toBe('department remit from the city profile');
    expect(first[8]).toBe(remit.evidence.whyEn);
    expect(first[13]).toContain(
      'from the city profile (data/city/x.json): 市工业和信息化局 is in charge of the chemicals and pharmaceuticals field; source: common knowledge: published functions',
    );
    expect(third[1]).toMatch(/^stops at 某药业: 某药业 is an enterprise/);
  });
});
