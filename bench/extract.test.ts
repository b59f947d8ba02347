import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePlan } from '../import/parse';
import { decodePlanFile } from '../import/text/decode';
import { BUNDLED_PLAN, scaledGazette } from './extract';

describe('scaledGazette', () => {
  it('repeats every box under new numbers and leaves the rest of the plan as it was', () => {
    const original = parsePlan(decodePlanFile(BUNDLED_PLAN));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-scaled-'));
    try {
      const file = path.join(dir, 'gazette-x3.txt');
      fs.writeFileSync(file, scaledGazette(BUNDLED_PLAN, 3));
      const scaled = parsePlan(decodePlanFile(file));

      expect(scaled.boxes).toHaveLength(original.boxes.length * 3);
      expect(new Set(scaled.boxes.map((box) => box.number)).size).toBe(scaled.boxes.length);
      const byTitle = (plan: typeof original) => plan.boxes.map((box) => `${box.title}|${box.items.length}`).sort();
      expect(byTitle(scaled)).toEqual(byTitle(original).flatMap((key) => [key, key, key]));
      expect(scaled.chapters.map((c) => c.id)).toEqual(original.chapters.map((c) => c.id));
      expect(scaled.tasks).toHaveLength(original.tasks.length);
      expect(scaled.indicators).toHaveLength(original.indicators.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
