import { readSupervisionSentence } from './supervision';

const read = (sentence: string) => readSupervisionSentence('doc:plan', 7, sentence);

describe('sentences that state who a unit answers to', () => {
  it.each([
    ['市发展改革委在市人民政府领导下，负责本规划实施的统筹协调', 'under-leadership', ['市发展改革委'], ['市人民政府']],
    ['县工信局在县人民政府的统一领导下开展工作', 'under-leadership', ['县工信局'], ['县人民政府']],
    ['市工信局对市人民政府负责，牵头推进锂电项目建设', 'answers-to', ['市工信局'], ['市人民政府']],
    [
      '市交通运输局、市卫健委接受市人民政府统一领导',
      'accepts-leadership',
      ['市交通运输局', '市卫健委'],
      ['市人民政府'],
    ],
    ['区住建局受区人民政府直接管理', 'accepts-leadership', ['区住建局'], ['区人民政府']],
    ['园区管委会由市人民政府直接领导', 'led-by', ['园区管委会'], ['市人民政府']],
  ])('%s', (sentence, wording, units, supervisors) => {
    expect(read(sentence)).toEqual({ document: 'doc:plan', line: 7, quote: sentence, units, supervisors, wording });
  });

  it('splits the units of one clause and keeps names with brackets whole', () => {
    expect(read('各乡（镇）人民政府、各街道办事处对市人民政府负责')?.units).toEqual([
      '各乡（镇）人民政府',
      '各街道办事处',
    ]);
  });

  it('reads no statement where nothing is said to answer to a body', () => {
    expect(read('坚持市政府统一领导，依法组织有关部门及时救援')).toBeNull();
    expect(read('推进岚江锂电产业园三期等一批项目建设')).toBeNull();
    expect(read('规划实施中，并由市政府统一领导')).toBeNull();
  });
});
