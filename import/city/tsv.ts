import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../../graph/project-root';
import { PlanInputError } from '../errors';

/** A row of a data table with the line it was read from (1-based, the header is line 1). */
export type TsvRow<T> = T & { line: number };

/**
 * Reads a tab-separated data file whose first line is exactly `columns`, validating every row
 * against `row` (given the fields by column name). Blank lines are skipped. Any problem — a missing
 * file, a wrong header, a wrong number of fields, a field the schema rejects — is a
 * {@link PlanInputError} naming the file and line.
 */
export function readTsv<T>(file: string, columns: readonly string[], row: z.ZodType<T>): TsvRow<T>[] {
  const full = dataFilePath(file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (error) {
    throw new PlanInputError(full, null, `cannot read: ${(error as Error).message}`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== columns.join('\t')) throw new PlanInputError(full, 1, `header must be "${columns.join('\\t')}"`);
  const rows: TsvRow<T>[] = [];
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    if (content.trim() === '') return;
    const fields = content.split('\t');
    if (fields.length !== columns.length) {
      throw new PlanInputError(full, line, `expected ${columns.length} tab-separated fields, found ${fields.length}`);
    }
    const parsed = row.safeParse(Object.fromEntries(columns.map((c, i) => [c, fields[i]])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PlanInputError(full, line, `${issue.path.join('.') || '(row)'}: ${issue.message}`);
    }
    rows.push({ ...parsed.data, line });
  });
  return rows;
}

/** The absolute path of a data file given relative to the project root. */
export function dataFilePath(file: string): string {
  return path.isAbsolute(file) ? file : path.join(projectRoot(), file);
}
