import { boxLabel } from '../../graph/box-number';
import { NodeLabel } from '../../graph/model';
import neo4j from 'neo4j-driver';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
/** Box and task numbers; a document's `number` is its issue number, a string, and is not read. */
const integer = (value: unknown): number | null =>
  neo4j.isInt(value)
    ? neo4j.integer.toNumber(value)
    : typeof value === 'number' && Number.isInteger(value)
      ? value
      : null;

/** The properties a label is made of. */
export type LabelProps = Partial<Record<'name' | 'title' | 'zh' | 'number', unknown>>;

/**
 * What to call a node where people read it (graph slices, chains, paths), by its label: an
 * industry by its Chinese name, a box as 专栏N with its title, a task by its number and title,
 * the rest by name or title. Falls back to the id only when the node has none of these.
 */
export function nodeLabel(type: string, props: LabelProps, id: string): string {
  const name = text(props.name);
  const title = text(props.title);
  const number = integer(props.number);
  switch (type) {
    case NodeLabel.Industry:
      return text(props.zh) ?? name ?? id;
    case NodeLabel.Box:
      if (number === null) return title ?? id;
      return title ? `专栏${boxLabel(number)} ${title}` : `专栏${boxLabel(number)}`;
    case NodeLabel.Task:
      if (number === null) return title ?? id;
      return title ? `${number}. ${title}` : String(number);
    case NodeLabel.Chapter:
    case NodeLabel.Document:
      return title ?? name ?? id;
    default:
      return name ?? title ?? id;
  }
}
