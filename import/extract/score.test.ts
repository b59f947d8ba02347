import { loadCityProfile, loadIndustries } from '../city/profile';
import { districtScorableIn, scorePlan } from '../eval/score';
import { extractPlan } from '../resolve/plan';
import { boxesOnlyPlan, readLabels } from './fixtures/plan';

const profile = loadCityProfile();
const content = extractPlan(boxesOnlyPlan(), profile, loadIndustries());

describe.each([
  ['the worked examples (boxes 5 and 13)', 'labels-05-13.tsv'],
  ['boxes 2, 6 and 7 labelled by the guide', 'labels-02-06-07.tsv'],
  ['boxes 8 and 23 labelled by the guide', 'labels-08-23.tsv'],
  ['boxes 3, 4 and 9–12 labelled blind by the guide', 'labels-blind-03-12.tsv'],
  ['boxes 14–18 labelled blind by the guide', 'labels-blind-14-18.tsv'],
  ['boxes 19–22 and 24–27 labelled blind by the guide', 'labels-blind-19-27.tsv'],
])('projects of %s', (_title, file) => {
  const { figures, details } = scorePlan(content, readLabels(file), { districtScorable: districtScorableIn(profile) });

  it('reaches the accuracy targets', () => {
    if (process.env.PLANGRAPH_REPORT) console.log(`${details.join('\n')}\n${JSON.stringify(figures)}`);
    expect(figures.recallA).toBeGreaterThanOrEqual(0.95);
    expect(figures.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.districts).toBeGreaterThanOrEqual(0.95);
    expect(figures.industry).toBeGreaterThanOrEqual(0.85);
  });
});
