import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CsvFile } from './csv-file';

describe('a CSV file of the initial load', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-file-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the rows of every flush and what is left when closed, quoting as the import tool reads it', async () => {
    const file = path.join(dir, 'Project.csv');
    const csv = new CsvFile(file, ['id:ID(Project)', 'name', 'line:long']);
    csv.add(['p1', '甲乙产业园', '12']);
    csv.add(['p2', '丙丁, "二期"', null]);
    await csv.flush();
    csv.add(['p3', '', '7']);
    await csv.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(
      'id:ID(Project),name,line:long\np1,甲乙产业园,12\np2,"丙丁, ""二期""",\np3,"",7\n',
    );
    expect(csv.rows).toBe(3);
  });
});
