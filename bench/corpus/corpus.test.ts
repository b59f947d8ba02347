import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boxLabel } from '../../graph/box-number';
import { buildBundle } from '../../import/pipeline';
import { type CorpusEntry, type CorpusOptions, writePlan } from './corpus';
import { Geography } from './geography';
import { isRealPlace } from './names';
import { LABEL_COLUMNS } from './render';

const OPTIONS: CorpusOptions = {
  plans: 3,
  seed: 11,
  projects: 60,
  editions: 2,
  layouts: ['prose', 'table', 'numbered'],
};

const dirs: string[] = [];
function corpus(options: CorpusOptions): { dir: string; entries: CorpusEntry[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  dirs.push(dir);
  return { dir, entries: Array.from({ length: options.plans }, (_, i) => writePlan(dir, options, i)) };
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const labels = (dir: string, file: string) =>
  read(dir, file)
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));

/**
 * Each box's text by its number as printed after 专栏 (7, or 3-1 in a plan numbered by chapter), with the
 * gazette's line wrapping undone.
 */
function boxTexts(text: string): Map<string, string> {
  const boxes = new Map<string, string>();
  for (const part of text.split(/^专栏 ?(?=\d)/m).slice(1)) {
    const number = /^\d+(?:-\d+)?/.exec(part)![0];
    const body = part.split(/^第[一二三四五六七八九十]+[篇章] /m)[0];
    boxes.set(number, body.replace(/\n+/g, ''));
  }
  return boxes;
}

describe('the corpus generator', () => {
  it('writes the same bytes for the same seed, other bytes for another', () => {
    const a = corpus(OPTIONS);
    const b = corpus(OPTIONS);
    const c = corpus({ ...OPTIONS, seed: 12 });
    for (const entry of a.entries) {
      for (const file of [entry.file, entry.labels, entry.profile]) expect(read(b.dir, file)).toBe(read(a.dir, file));
    }
    expect(read(c.dir, c.entries[0].file)).not.toBe(read(a.dir, a.entries[0].file));
  });

  it('labels every project with a name written in its box, in the columns of the labelling guide', () => {
    const { dir, entries } = corpus({ ...OPTIONS, editions: 1, plans: 2 });
    for (const entry of entries) {
      const [header, ...rows] = labels(dir, entry.labels);
      expect(header).toEqual(LABEL_COLUMNS);
      expect(rows.length).toBe(entry.projects);
      const boxes = boxTexts(read(dir, entry.file));
      for (const [box, item, name, tier, districts, , industry] of rows) {
        expect(boxes.get(box)).toContain(name);
        expect(Number(item)).toBeGreaterThanOrEqual(1);
        expect(['A', 'B']).toContain(tier);
        expect(industry).toMatch(/^[a-z-]+$/);
        // A district is stated in the text of its box.
        for (const district of districts ? districts.split(',') : []) expect(boxes.get(box)).toContain(district);
      }
    }
  });

  it('repeats county projects in the city plan and continues projects of the last edition', () => {
    const names = (dir: string, entry: CorpusEntry) =>
      new Set(
        labels(dir, entry.labels)
          .slice(1)
          .map((r) => r[2]),
      );
    const one = corpus({ ...OPTIONS, plans: 9, editions: 1, projects: 300 });
    const [city, ...counties] = one.entries;
    expect(counties.every((c) => c.level === 'county' && c.city === city.region)).toBe(true);
    const cityNames = names(one.dir, city);
    const repeated = counties.flatMap((c) => [...names(one.dir, c)].filter((n) => cityNames.has(n)));
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.every((n) => counties.some((c) => n.startsWith(c.region)))).toBe(true);
    // Each plan's profile says where it lies, so that the importer can link a county's projects to its city's.
    for (const entry of one.entries) {
      const profile = JSON.parse(read(one.dir, entry.profile)) as { province: string; parentCity: string | null };
      expect(profile.province).toBe(entry.province);
      expect(profile.parentCity).toBe(entry.level === 'county' ? entry.city : null);
    }

    const two = corpus({ ...OPTIONS, plans: 2, editions: 2 });
    const before = names(two.dir, two.entries[0]);
    const continued = labels(two.dir, two.entries[1].labels).filter((r) => /^(continues|phase two)/.test(r[7]));
    expect(continued.length).toBeGreaterThan(0);
    expect(
      continued.every(
        (r) => before.has(r[2].replace(/二期$/, '')) || [...before].some((n) => n.endsWith(r[2].replace(/二期$/, ''))),
      ),
    ).toBe(true);
  });

  it('invents every region name', () => {
    const geography = new Geography(5);
    const regions = Array.from({ length: 90 }, (_, i) => geography.region(i));
    expect(new Set(regions.map((r) => r.name)).size).toBe(regions.length);
    for (const region of regions) {
      expect(isRealPlace(region.name)).toBe(false);
      for (const area of region.areas) expect(isRealPlace(area)).toBe(false);
    }
  });

  it('ends every plan with a chapter after its last box, and the importer reads every box of it', () => {
    const { dir, entries } = corpus({ ...OPTIONS, plans: 2, editions: 1, layouts: ['table'] });
    for (const entry of entries) {
      const text = read(dir, entry.file);
      const lastBox = text.lastIndexOf('\n专栏 ');
      expect(text.slice(lastBox)).toMatch(/^第[一二三四五六七八九十]+章 /m);
      const bundle = buildBundle(path.join(dir, entry.file), { profile: path.join(dir, entry.profile) });
      expect(bundle.boxes.length).toBe(entry.boxes);
    }
  });

  it.each([
    ['number the boxes of some plans by chapter (专栏3-1)', /^专栏 ?\d+-\d+ /m, /^\d+-\d+$/],
    ['count the boxes of some plans in Chinese numerals (专栏三)', /^专栏 ?[一二三四五六七八九十]+ /m, /^\d+$/],
  ])('%s, labelled as the importer keeps them', (_layout, heading, label) => {
    const { dir, entries } = corpus({ ...OPTIONS, plans: 12, editions: 1 });
    const printedSo = entries.filter((entry) => heading.test(read(dir, entry.file)));
    expect(printedSo.length).toBeGreaterThan(0);
    expect(printedSo.length).toBeLessThan(entries.length);
    const entry = printedSo[0];
    const printed = new Set(
      labels(dir, entry.labels)
        .slice(1)
        .map((r) => r[0]),
    );
    expect([...printed].every((box) => label.test(box))).toBe(true);
    const bundle = buildBundle(path.join(dir, entry.file), { profile: path.join(dir, entry.profile) });
    expect(bundle.boxes.length).toBe(entry.boxes);
    expect(bundle.boxes.map((b) => boxLabel(b.number)).sort()).toEqual([...printed].sort());
  });

  it('writes prose boxes that the importer reads', () => {
    const { dir, entries } = corpus({ ...OPTIONS, plans: 2, editions: 1, layouts: ['prose'] });
    for (const entry of entries) {
      const bundle = buildBundle(path.join(dir, entry.file), { profile: path.join(dir, entry.profile) });
      const found = new Set(bundle.projects.map((p) => p.name));
      const tierA = labels(dir, entry.labels)
        .slice(1)
        .filter((r) => r[3] === 'A');
      const recall = tierA.filter((r) => found.has(r[2])).length / tierA.length;
      expect(bundle.boxes.length).toBe(entry.boxes);
      expect(recall).toBeGreaterThan(0.5);
    }
  });
});
