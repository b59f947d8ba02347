import type { Record as Neo4jRecord } from 'neo4j-driver';
import { GRAPH_GENERATION } from './generation.cypher';
import type { Params, Reader } from './graph';

/** Answers kept at most: one per statement and scope (plan or region); beyond, the least recently used go. */
const MAX_ENTRIES = 500;

interface Entry {
  generation: string;
  records: Promise<Neo4jRecord[]>;
}

/**
 * Answers to statements that change only when plans are imported or removed — the catalog counts
 * of the network's summary, asked by every first page — kept across requests. Each request reads
 * the graph's generation once ({@link GRAPH_GENERATION}, a few counts) and is answered from an
 * entry of that generation, or reads the statement and keeps its answer; an import, from any
 * process, changes the generation and with it every answer. Requests that ask the same statement
 * at once share one read.
 */
export class StableReads {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  /** The reader of one request: `read` answers from the kept answers of the graph's current generation. */
  readerFor(reader: Reader): Reader {
    let generation: Promise<string> | undefined;
    const current = () =>
      (generation ??= reader
        .read(GRAPH_GENERATION)
        .then((records) => JSON.stringify(records.map((r) => r.toObject()))));
    return {
      read: async (cypher: string, params: Params = {}) => {
        const now = await current();
        const key = `${cypher}\u0000${JSON.stringify(params)}`;
        const kept = this.entries.get(key);
        if (kept?.generation === now) {
          // Most recently used last: the first in the map go first.
          this.entries.delete(key);
          this.entries.set(key, kept);
          return kept.records;
        }
        const records = reader.read(cypher, params);
        this.keep(key, { generation: now, records });
        // A failed read is not kept: the next request reads again.
        records.catch(() => {
          if (this.entries.get(key)?.records === records) this.entries.delete(key);
        });
        return records;
      },
    };
  }

  /** Answers kept now. */
  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
