import fs from 'node:fs';
import { PlanInputError } from '../errors';

/** One labelled project of a plan's boxes, by the labelling guide (tests/fixtures/plans/README.md). */
export interface Label {
  box: number;
  item: number;
  name: string;
  tier: 'A' | 'B';
  districts: string[];
  orgs: string[];
  industry: string;
  note: string;
}

const HEADER = 'box\titem\tname\ttier\tdistricts\torgs\tindustry\tnote';

const list = (cell: string | undefined) =>
  cell
    ? cell
        .split(/[,，]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** Reads a labels TSV; a malformed row is an error with file:line. */
export function readLabels(file: string): Label[] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  if (!lines[0]?.startsWith(HEADER.split('\t').slice(0, 7).join('\t')))
    throw new PlanInputError(file, 1, `header must be "${HEADER}"`);
  const labels: Label[] = [];
  lines.slice(1).forEach((row, index) => {
    if (row.trim() === '') return;
    const [box, item, name, tier, districts, orgs, industry, note] = row.split('\t');
    if (!/^\d+$/.test(box ?? '') || !/^\d+$/.test(item ?? '') || !name || (tier !== 'A' && tier !== 'B') || !industry) {
      throw new PlanInputError(file, index + 2, 'expected box, item, name, tier A|B, districts, orgs, industry');
    }
    labels.push({
      box: Number(box),
      item: Number(item),
      name: name.replace(/\s/g, ''),
      tier,
      districts: list(districts),
      orgs: list(orgs),
      industry,
      note: note ?? '',
    });
  });
  return labels;
}
