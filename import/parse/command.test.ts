import { normaliseText } from '../text/normalise';
import { readCommand } from './command';
import { UnitRegistry, splitUnitNames, unitKindOfName } from './units';

const lines = (raw: string[]) => normaliseText(raw.join('\n\n'));

describe('splitUnitNames', () => {
  it('splits on 、 outside brackets, takes aliases and drops a trailing 等', () => {
    expect(splitUnitNames('工信局、景德镇机场分公司（以下简称景德镇机场）、各县（市、区）、昌南新区等')).toEqual([
      { name: '工信局', alias: null },
      { name: '景德镇机场分公司', alias: '景德镇机场' },
      { name: '各县（市、区）', alias: null },
      { name: '昌南新区', alias: null },
    ]);
  });
});

describe('unitKindOfName', () => {
  it.each([
    ['市森林防火指挥部', 'command'],
    ['市森林防火指挥部办公室', 'office'],
    ['市人民政府', 'government'],
    ['昌南新区管委会', 'district-government'],
    ['供电公司', 'enterprise'],
    ['市第一人民医院', 'institution'],
    ['武警景德镇支队', 'other'],
    ['应急管理局', 'department'],
  ])('%s is a %s', (name, kind) => {
    expect(unitKindOfName(name)).toBe(kind);
  });
});

describe('readCommand', () => {
  it('derives the link to the city government when the plan only names the command', () => {
    const units = new UnitRegistry();
    const links = readCommand(
      'doc:emergency-plan-2',
      lines([
        '2 组织机构',
        '2.1 为统一指挥森林火灾扑救，设立市森林防火指挥部（以下简称市防火指挥部），成员为应急管理局、林业局、气象局等单位有关负责同志。',
        '2.2 工作职责',
        '2.2.1 市防火指挥部',
        '负责全市森林火灾扑救的组织指挥。',
        '2.2.2 林业局',
        '负责森林火情监测。',
        '2.2.3 消防救援支队',
        '负责火场扑救。',
      ]),
      units,
    );
    expect(units.named('市森林防火指挥部')).toMatchObject({
      kind: 'command',
      aliases: ['市防火指挥部'],
      duties: '负责全市森林火灾扑救的组织指挥。',
    });
    expect(links.find((link) => link.unitId === 'unit:市人民政府')).toMatchObject({
      subjectId: 'unit:市森林防火指挥部',
      role: 'supervisor',
      evidence: { basis: 'derived', rule: 'command-implied-under-government', line: 3 },
    });
    expect(links.filter((link) => link.role === 'member').map((link) => [link.subjectId, link.evidence.basis])).toEqual(
      [
        ['unit:应急管理局', 'stated'],
        ['unit:林业局', 'stated'],
        ['unit:气象局', 'stated'],
        ['unit:消防救援支队', 'derived'],
      ],
    );
    expect(units.named('林业局')?.duties).toBe('负责森林火情监测。');
  });

  it('finds nothing where no command is set up', () => {
    const units = new UnitRegistry();
    expect(readCommand('doc:other-1', lines(['会议强调，要抓好安全生产。']), units)).toEqual([]);
    expect(units.all()).toEqual([]);
  });
});
