import { readFeatures } from './features';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('readFeatures', () => {
  it('reads the mountains, rivers and lakes the prose names by what it says of them', () => {
    const read = readFeatures(
      lines(
        '镩河发源于霰山北麓，自西向东流经镩口区。',
        '黪泡为县境内最大湖泊，冬季封冻期长达五个月。',
        '在镩河北岸建设滨河公园。',
      ),
    );
    expect(read.sort()).toEqual(['镩河', '霰山', '黪泡'].sort());
  });

  it('reads the grasslands and deserts the prose names by what it says of them', () => {
    const read = readFeatures(
      lines(
        '驵林草原跨罴勒左旗和毵图旗，是全盟最大的天然草原。',
        '旎丹沙地位于毵图旗和飏淖尔旗交界地带。罴勒山横亘两旗之间。',
      ),
    );
    // A stem of two characters is read with its last alone too (林草原): the prose does not say which it is.
    expect(read.sort()).toEqual(['旎丹沙地', '丹沙地', '罴勒山', '勒山', '驵林草原', '林草原'].sort());
  });

  it('takes no word that speaks of a feature for part of its name (于霰山, 在镩河)', () => {
    expect(readFeatures(lines('发源于霰山北麓', '推进镩河干流治理'))).toEqual(['霰山', '镩河']);
  });

  it('reads no feature from prose that names none', () => {
    expect(readFeatures(lines('推进城乡河湖水系连通，实施中小河流治理。', '建设高标准农田。'))).toEqual([]);
  });
});
