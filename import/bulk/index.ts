export {
  bulkImport,
  DEFAULT_BATCH_ROWS,
  type BulkOptions,
  type BulkSummary,
  type FailureKind,
  type PlanOutcome,
} from './bulk-import';
export type { ParseOutcome, PlanJob } from './messages';
export { countPlanFiles, isBulk, planJobs, profileOf } from './plan-files';
export { defaultWorkerCount, parseAll, ParsePool } from './pool';
