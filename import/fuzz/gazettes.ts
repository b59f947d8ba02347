import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { projectRoot } from '../../graph/config';

/**
 * Generators of hostile gazettes for property-based tests of the importer: the bundled gazette,
 * another city's gazette and the labelled plans of invented cities as seeds, mutated the ways real
 * files go wrong (cut off, bytes damaged, boxes nested or left open, huge lines, GBK and UTF-8
 * mixed), plus pure noise.
 */

const root = projectRoot(__dirname);

export interface Seed {
  name: string;
  text: string;
  /** City profile the seed is read with; the default profile when absent. */
  profile?: string;
}

/**
 * The bundled gazette first (300 kB: about a second to read, so mutated gazettes draw it rarely),
 * then the small plans (4–15 kB), each read with its own profile when it has one.
 */
export function seeds(): Seed[] {
  const otherCity = path.join(root, 'import', 'parse', 'fixtures');
  const labelled = path.join(root, 'tests', 'fixtures', 'plans');
  const plans = fs
    .readdirSync(labelled, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(labelled, entry.name, 'plan.txt')))
    .map((entry) => entry.name)
    .sort()
    .map((name): Seed => {
      const profile = path.join(labelled, name, 'plan.profile.json');
      return {
        name,
        text: fs.readFileSync(path.join(labelled, name, 'plan.txt'), 'utf8'),
        profile: fs.existsSync(profile) ? profile : undefined,
      };
    });
  return [
    { name: 'jingdezhen', text: fs.readFileSync(path.join(root, 'data', 'jingdezhen-gazette-2026-05.txt'), 'utf8') },
    {
      name: 'other-city',
      text: fs.readFileSync(path.join(otherCity, 'other-city-gazette.txt'), 'utf8'),
      profile: path.join(otherCity, 'other-city.json'),
    },
    ...plans,
  ];
}

/** One generated input: the bytes of a file and what was done to make it (for the failure report). */
export interface FuzzInput {
  bytes: Buffer;
  profile?: string;
  recipe: string[];
}

type LineEdit = (lines: string[]) => string[];

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const clampIndex = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));

/** Text-level edits, each a function of a few generated numbers. */
const lineEdits: fc.Arbitrary<{ name: string; edit: LineEdit }> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => ({
    name: 'delete-lines',
    edit: (lines: string[]) => {
      const [from, to] = [clampIndex(Math.min(a, b), lines.length), clampIndex(Math.max(a, b), lines.length)];
      return [...lines.slice(0, from), ...lines.slice(to)];
    },
  })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 99 }))
    .map(([at, span, n]) => ({
      name: 'nest-box',
      // A second box heading inside a box, or a box heading with nothing after it.
      edit: (lines: string[]) => {
        const boxes = lines.flatMap((l, i) => (/^专栏\s*\d+/.test(l) ? [i] : []));
        const start = boxes.length ? boxes[Math.floor(at * boxes.length) % boxes.length] : clampIndex(at, lines.length);
        const inside = Math.min(lines.length, start + span);
        return [...lines.slice(0, inside), `专栏 ${n} 嵌套的专栏`, '', ...lines.slice(inside)];
      },
    })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({
    name: 'unclose-box',
    // The file ends inside a box, right after its heading or first item.
    edit: (lines: string[]) => {
      const boxes = lines.flatMap((l, i) => (/^专栏\s*\d+/.test(l) ? [i] : []));
      if (!boxes.length) return lines;
      const start = boxes[Math.floor(at * boxes.length) % boxes.length];
      return lines.slice(0, start + 1 + Math.floor(at * 4));
    },
  })),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 10_000, max: 300_000 }),
      fc.constantFrom('景', 'a', '，', '1. ', '专栏'),
    )
    .map(([at, length, unit]) => ({
      name: `huge-line(${length})`,
      edit: (lines: string[]) => {
        const i = clampIndex(at, lines.length);
        return [...lines.slice(0, i), unit.repeat(Math.ceil(length / unit.length)), ...lines.slice(i)];
      },
    })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 200 }))
    .map(([at, junk]) => ({
      name: 'insert-junk',
      edit: (lines: string[]) => {
        const i = clampIndex(at, lines.length);
        return [...lines.slice(0, i), junk, ...lines.slice(i)];
      },
    })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => ({
    name: 'swap-lines',
    edit: (lines: string[]) => {
      const out = [...lines];
      const [i, j] = [Math.floor(a * out.length), Math.floor(b * out.length)];
      if (out.length) [out[i], out[j]] = [out[j], out[i]];
      return out;
    },
  })),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 2, max: 3 }),
    )
    .map(([a, b, times]) => ({
      name: 'repeat-lines',
      edit: (lines: string[]) => {
        // At most 200 lines repeated: the file stays gazette-sized.
        const from = clampIndex(Math.min(a, b), lines.length);
        const to = Math.min(clampIndex(Math.max(a, b), lines.length), from + 200);
        return [
          ...lines.slice(0, to),
          ...Array.from({ length: times - 1 }, () => lines.slice(from, to)).flat(),
          ...lines.slice(to),
        ];
      },
    })),
);

/** Byte-level damage, applied after encoding. */
const byteEdits: fc.Arbitrary<{ name: string; edit: (bytes: Buffer) => Buffer }> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({
    name: 'truncate-bytes',
    edit: (bytes: Buffer) => bytes.subarray(0, Math.floor(at * bytes.length)),
  })),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 30,
    })
    .map((flips) => ({
      name: `flip-bytes(${flips.length})`,
      edit: (bytes: Buffer) => {
        const out = Buffer.from(bytes);
        for (const [at, value] of flips) if (out.length) out[Math.floor(at * out.length)] = value;
        return out;
      },
    })),
  fc.constant({ name: 'bom', edit: (bytes: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) }),
);

/** How the text becomes bytes: UTF-8, GBK, or both line by line (a file pasted together from two sources). */
const encodings: fc.Arbitrary<{ name: string; encode: (lines: string[]) => Buffer }> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ name: 'utf-8', encode: (lines: string[]) => utf8(lines.join('\n')) }) },
  {
    weight: 1,
    arbitrary: fc.constant({ name: 'gbk', encode: (lines: string[]) => iconv.encode(lines.join('\n'), 'gbk') }),
  },
  {
    weight: 1,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((share) => ({
      name: `mixed-gbk-utf8(${share.toFixed(2)})`,
      encode: (lines: string[]) =>
        Buffer.concat(lines.map((l, i) => ((i * 0.618) % 1 < share ? iconv.encode(`${l}\n`, 'gbk') : utf8(`${l}\n`)))),
    })),
  },
);

/** A seed with 1–4 line edits, an encoding and 0–2 byte edits; the first seed (the large one) weighs 1 against 10 for each other. */
export function mutatedGazette(
  all: Seed[] = seeds(),
  options: { fullSeedWeight?: number } = {},
): fc.Arbitrary<FuzzInput> {
  const [full, ...small] = all;
  const seed = fc.oneof(
    { weight: options.fullSeedWeight ?? 1, arbitrary: fc.constant(full) },
    ...small.map((s) => ({ weight: 10, arbitrary: fc.constant(s) })),
  );
  return fc
    .tuple(seed, fc.array(lineEdits, { minLength: 1, maxLength: 4 }), encodings, fc.array(byteEdits, { maxLength: 2 }))
    .map(([s, edits, encoding, damage]) => {
      const lines = edits.reduce((acc, e) => e.edit(acc), s.text.split('\n'));
      const bytes = damage.reduce((acc, d) => d.edit(acc), encoding.encode(lines));
      return {
        bytes,
        profile: s.profile,
        recipe: [s.name, ...edits.map((e) => e.name), encoding.name, ...damage.map((d) => d.name)],
      };
    });
}

/** Inputs with no plan in them: random bytes, random text, nothing at all. */
export const noise: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((a) => ({ bytes: Buffer.from(a), recipe: ['random-bytes'] })),
  fc.string({ unit: 'grapheme', maxLength: 2000 }).map((s) => ({ bytes: utf8(s), recipe: ['random-text'] })),
  fc
    .string({ unit: fc.constantFrom(...'专栏第一篇章节项目工程建设推进、。，\n 1234567890（）'), maxLength: 3000 })
    .map((s) => ({ bytes: utf8(s), recipe: ['plan-words'] })),
  fc.constantFrom('', '\n', '\uFEFF', ' \t\r\n').map((s) => ({ bytes: utf8(s), recipe: ['blank'] })),
);

/** A little over 10 MB of one kind of noise, built from a seed (too big for fast-check to shrink usefully). */
export function bigNoise(kind: 'bytes' | 'han' | 'lines', seed: number, size = 10 * 1024 * 1024): FuzzInput {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  if (kind === 'bytes') {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = next() & 0xff;
    return { bytes, recipe: ['10MB-random-bytes'] };
  }
  if (kind === 'han') {
    const chars: string[] = [];
    for (let n = 0; n < size / 3; n++)
      chars.push(next() % 40 === 0 ? '\n' : String.fromCharCode(0x4e00 + (next() % 0x5000)));
    return { bytes: utf8(chars.join('')), recipe: ['10MB-random-han'] };
  }
  const lines = seeds()[1].text.split('\n');
  const out: string[] = [];
  let total = 0;
  while (total < size) {
    const line = lines[next() % lines.length];
    out.push(line);
    total += Buffer.byteLength(line) + 1;
  }
  return { bytes: utf8(out.join('\n')), recipe: ['10MB-shuffled-lines'] };
}
