import fs from 'node:fs';
import path from 'node:path';
import { loadCityProfile } from '../city/profile';
import { canonicaliseLine } from '../text/normalise';
import {
  endsSentence,
  isBracketedNote,
  isContentsMarker,
  isDateline,
  isDocumentTitle,
  isNumberedHeading,
  isOutlineHeading,
  isTableRow,
  opensUnitLine,
  startsWithEnumerator,
} from '../text/patterns';
import { parsePlan } from './index';
import type { ParsedPlan } from './types';

/**
 * The same plan set differently must parse to the same structure: paragraphs wrapped at other
 * widths and across blank lines, running headers and page numbers between any two lines, the other
 * width of punctuation, and stray spaces around Chinese text as OCR leaves them.
 */

const GAZETTE = path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt');
const original = fs.readFileSync(GAZETTE, 'utf8');
const profile = loadCityProfile();

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAP: Record<string, string> = {
  ',': '，',
  '，': ',',
  ';': '；',
  '；': ';',
  ':': '：',
  '：': ':',
  '(': '（',
  '（': '(',
  ')': '）',
  '）': ')',
  '!': '！',
  '！': '!',
  '?': '？',
  '？': '?',
};
const HAN = /\p{Script=Han}/u;

function isStructural(raw: string): boolean {
  const text = canonicaliseLine(raw);
  return (
    isTableRow(text) ||
    isOutlineHeading(text) ||
    isNumberedHeading(text) ||
    isContentsMarker(text) ||
    isDocumentTitle(text) ||
    isDateline(text) ||
    isBracketedNote(text)
  );
}

/** A piece of a wrapped line must read as plain continuing body text (not a 责任单位 line of its own). */
function isPlainPiece(raw: string): boolean {
  const text = canonicaliseLine(raw);
  return text.length > 0 && !isStructural(raw) && !startsWithEnumerator(text) && !opensUnitLine(text);
}

/** Break only before a Chinese character and not after the end of a sentence or clause list: a
 * break there would be a paragraph end, which no wrapping can tell apart from one. */
function breakable(chars: string[], start: number, cut: number): boolean {
  return HAN.test(chars[cut]) && !endsSentence(chars.slice(start, cut).join('')) && !/[；;]$/.test(chars[cut - 1]);
}

function rewrap(line: string, next: () => number): string[] {
  const chars = Array.from(line);
  const pieces: string[] = [];
  let start = 0;
  while (chars.length - start > 60) {
    let cut = start + 16 + Math.floor(next() * 44);
    while (cut < chars.length && !breakable(chars, start, cut)) cut += 1;
    if (cut >= chars.length - 2) break;
    pieces.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  pieces.push(chars.slice(start).join(''));
  // A piece that would read as a heading, title or list entry is not a wrapping of the same text.
  const plain = pieces.every((piece, index) => (index === 0 ? !isStructural(piece) : isPlainPiece(piece)));
  return plain ? pieces : [line];
}

function scatter(line: string, next: () => number): string {
  return Array.from(line)
    .map((char, index, chars) => {
      let out = SWAP[char] && next() < 0.5 ? SWAP[char] : char;
      if (HAN.test(char) && next() < 0.03) out = next() < 0.5 ? ` ${out}` : `${out} `;
      return index === 0 || index === chars.length - 1 ? out.trim() || out : out;
    })
    .join('');
}

/** Now and then the end of a long 篇/章/节 heading drops to a line of its own. */
function headingTail(line: string, next: () => number): string | null {
  const text = line.trim();
  if (
    !isOutlineHeading(canonicaliseLine(text)) ||
    text.startsWith('专栏') ||
    Array.from(text).length < 18 ||
    next() > 0.3
  )
    return null;
  const tail = text.slice(-(4 + Math.floor(next() * 5)));
  return HAN.test(tail[0]) && !/[，,、；;：:（）()“”]/.test(tail) && !/\*/.test(tail) ? tail : null;
}

const RUNNING_HEADERS = ['景德镇市人民政府公报', '2026年第5期'];
const PAGE_NUMBERS = ['— # —', '- # -', '·#·', '#'];

function perturb(text: string, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  let page = 3;
  let untilPageBreak = 40;
  const emit = (line: string) => {
    out.push(line);
    untilPageBreak -= 1;
    if (untilPageBreak <= 0) {
      page += 1;
      untilPageBreak = 30 + Math.floor(next() * 20);
      const header = RUNNING_HEADERS[Math.floor(next() * RUNNING_HEADERS.length)];
      const number = PAGE_NUMBERS[Math.floor(next() * PAGE_NUMBERS.length)].replace('#', String(page));
      out.push('', header, '', number, '');
    }
  };
  for (const line of text.split('\n')) {
    const tail = headingTail(line, next);
    if (tail) {
      emit(scatter(line.slice(0, line.length - tail.length), next));
      emit('');
      emit(scatter(tail, next));
      continue;
    }
    if (line.trim() === '' || isStructural(line)) {
      emit(line.trim() === '' ? line : scatter(line, next));
      continue;
    }
    const pieces = rewrap(line, next);
    pieces.forEach((piece, index) => {
      emit(scatter(piece, next));
      if (index < pieces.length - 1 && next() < 0.4) emit('');
    });
  }
  return out.join('\n');
}

/** What must not change: everything but line numbers. */
function content(plan: ParsedPlan) {
  return {
    documents: plan.documents.map(({ id, kind, title, number, date }) => ({ id, kind, title, number, date })),
    chapters: plan.chapters.map(({ id, title, parentId }) => ({ id, title, parentId })),
    boxes: plan.boxes.map((box) => ({
      number: box.number,
      title: box.title,
      chapterId: box.chapterId,
      items: box.items.map((item) => ({
        number: item.number,
        title: item.title,
        paragraphs: item.paragraphs.map((p) => p.text),
      })),
    })),
    indicators: plan.indicators.map(({ evidence: { line: _line, ...evidence }, ...indicator }) => ({
      ...indicator,
      evidence,
    })),
    tasks: plan.tasks.map(({ evidence: _evidence, parts, ...task }) => ({
      ...task,
      offsets: parts.map((p) => p.offset),
    })),
    units: plan.units.map(({ id, kind, aliases, duties }) => ({ id, kind, aliases, duties })),
    responsibilities: plan.responsibilities.map(({ evidence: { line: _line, premises, ...evidence }, ...link }) => ({
      ...link,
      evidence: { ...evidence, premises: premises?.map((p) => (p.kind === 'gazette' ? { ...p, line: 0 } : p)) },
    })),
  };
}

describe('a perturbed gazette parses to the same plan', () => {
  const expected = content(
    parsePlan({ file: 'gazette.txt', text: original, encoding: 'utf-8', sha256: '' }, { profile }),
  );

  it.each([1, 2, 3])('seed %i', (seed) => {
    const text = perturb(original, seed);
    // The perturbation must really have happened.
    expect(text.split('\n').length).toBeGreaterThan(original.split('\n').length * 1.3);
    expect(text).toContain('景德镇市人民政府公报');
    expect(text).not.toBe(original);
    const actual = content(parsePlan({ file: 'gazette.txt', text, encoding: 'utf-8', sha256: '' }, { profile }));
    expect(actual.boxes).toEqual(expected.boxes);
    expect(actual.indicators).toEqual(expected.indicators);
    expect(actual.tasks).toEqual(expected.tasks);
    expect(actual.chapters).toEqual(expected.chapters);
    expect(actual.documents).toEqual(expected.documents);
    expect(actual.units).toEqual(expected.units);
    expect(actual.responsibilities).toEqual(expected.responsibilities);
  });
});
