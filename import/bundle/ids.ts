import { createHash } from 'node:crypto';

/**
 * Every id of a plan bundle, built in one place: ids are global and say their kind
 * (`doc:plan`, `chapter:p3.c1`, `project:…`, `unit:…`); the loader prefixes them with the plan's id.
 */

/** A project's name as its id sees it: without spaces, with full-width brackets and Chinese quotes. */
export function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/"([^"]*)"/g, '“$1”');
}

/** Stable across imports: the same normalised name gives the same id. */
export function projectId(name: string): string {
  return `project:${createHash('sha256').update(normaliseName(name)).digest('hex').slice(0, 12)}`;
}

/** An organisation, by the one name it goes by in the plan. */
export function unitId(name: string): string {
  return `unit:${name}`;
}

export function placeId(name: string): string {
  return `place:${name}`;
}

/** A work point of the action plan, by its number. */
export function taskId(number: number | string): string {
  return `task:${number}`;
}

/** An indicator by its number, and `part` for the parts of a split one (20.1). */
export function indicatorId(number: number | string, part = 0): string {
  return part === 0 ? `indicator:${number}` : `indicator:${number}.${part}`;
}

/** A document of the gazette that is not one of a kind (`doc:notice-2`). */
export function documentId(kind: string, count: number): string {
  return `doc:${kind}-${count}`;
}

/** An outline node: a path under its parent's id (`chapter:p3`, `chapter:p3.c1`, `chapter:s2`). */
export function chapterId(parentId: string | null, step: string): string {
  return parentId ? `${parentId}.${step}` : `chapter:${step}`;
}

/** A region by its national division code when it is known, by its path otherwise. */
export function regionId(code: string | null, path: string): string {
  return code ? `region:${code}` : `region:${path}`;
}
