import fs from 'node:fs';
import { boxNumber } from '../../graph/box-number';
import { PlanInputError } from '../errors';
import { ideographs } from '../text/normalise';

/** One labelled project of a plan's boxes, by the labelling guide (tests/fixtures/plans/README.md). */
export interface Label {
  /** As graph/box-number.ts keeps it; the TSV prints it as the plan does (7, or 3-1 for 专栏3-1). */
  box: number;
  item: number;
  name: string;
  tier: 'A' | 'B';
  districts: string[];
  orgs: string[];
  /** An industry code, or '-' where the labels say nothing supports one (an empty cell). */
  industry: string;
  note: string;
}

const HEADER = 'box\titem\tname\ttier\tdistricts\torgs\tindustry\tnote';

// A label may write a name as the plan's PDF text gives it (Kangxi radicals for 人 口 高 …) or as it reads.
const list = (cell: string | undefined) =>
  cell
    ? cell
        .split(/[,，]/)
        .map((x) => ideographs(x.trim()))
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
    const [printedBox, item, name, tier, districts, orgs, industry, note] = row.split('\t');
    const box = boxNumber(printedBox ?? '');
    if (
      box === null ||
      !/^\d+$/.test(item ?? '') ||
      !name ||
      (tier !== 'A' && tier !== 'B') ||
      industry === undefined
    ) {
      throw new PlanInputError(
        file,
        index + 2,
        'expected box (7 or 3-1), item, name, tier A|B, districts, orgs, industry',
      );
    }
    labels.push({
      box,
      item: Number(item),
      name: ideographs(name.replace(/\s/g, '')),
      tier,
      districts: list(districts),
      orgs: list(orgs),
      industry: industry.trim() || '-',
      note: note ?? '',
    });
  });
  return labels;
}
