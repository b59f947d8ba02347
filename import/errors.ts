/**
 * Bad input: says which file, which line (when one can be named) and what is wrong.
 * The importer stops on it before anything is written.
 */
export class PlanInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'PlanInputError';
  }
}
