import type { ElementDefinition } from 'cytoscape';
import { canvasMeasure } from '../cytoscape/labels';
import { markOnce, MARKS } from '../cytoscape/marks';
import { placeSummary } from '../cytoscape/summaryPlacement';
import type { SummaryQuery } from '../gql/graphql';
import { summaryElements, summaryWords, type SummaryBy } from '../network/summary';
import { paintSummary } from './paint';

/**
 * The page's first picture: the summary network drawn on a plain canvas by the boot script, from
 * the early answer to the summary query, as soon as both that answer and the network's canvas are
 * there — without waiting for Cytoscape (hundreds of kilobytes to load and compile) and its first
 * frames. It is the same graph Cytoscape then draws, at the same positions (summaryPlacement.ts),
 * in the same shapes, colours, sizes and labels (styles.ts); Cytoscape's canvas takes over once it
 * has drawn every element, and this one is removed. Cytoscape waits to load until this picture is
 * drawn or will not be (firstPictureSettled).
 */

interface Wanted {
  /** The query string the picture was asked for: any other URL has a graph of its own. */
  search: string;
  by: SummaryBy;
  lang: 'zh' | 'en';
}

let wanted: Wanted | undefined;
let data: SummaryQuery | undefined;
let host: HTMLElement | undefined;
let canvas: HTMLCanvasElement | undefined;
let resize: ResizeObserver | undefined;
/** Watches the first screen's canvas laid out before the page's stylesheet came (no size yet). */
let unsized: ResizeObserver | undefined;
let frame: number | undefined;
/** The draw waiting for the task after the view's commit. */
let later: ReturnType<typeof setTimeout> | undefined;
let finished = false;
const measure = canvasMeasure();
/** A first picture is expected and not yet drawn or given up. */
let pending = false;
let resolveSettled: () => void = () => undefined;
const settled = new Promise<void>((resolve) => {
  resolveSettled = resolve;
});

function settle(): void {
  pending = false;
  resolveSettled();
}

/** Whether a first picture is expected and not yet drawn or given up. */
export function firstPicturePending(): boolean {
  return pending;
}

/** Resolves once no first picture is pending: drawn, given up, or never asked for. */
export function firstPictureSettled(): Promise<void> {
  return pending ? settled : Promise.resolve();
}

/**
 * Boot: the summary's answer is on its way (`answer`, read through a clone) or already here (its
 * parsed body, when it came in the page), and the picture wanted.
 */
export function expectFirstPicture(answer: Promise<Response> | { body: unknown }, picture: Wanted): void {
  wanted = picture;
  pending = true;
  if (!(answer instanceof Promise)) return take(answer.body as { data?: SummaryQuery | null } | undefined);
  void answer
    .then((r) => (r.ok ? (r.clone().json() as Promise<{ data?: SummaryQuery | null }>) : undefined))
    .then(take)
    // The client's own request reports a failure; the picture is then simply not drawn.
    .catch(settle);
}

function take(body: { data?: SummaryQuery | null } | undefined): void {
  if (!body?.data) return settle();
  data = body.data;
  markOnce(MARKS.data);
  // At once, not in the next frame: on a busy page a frame can be hundreds of milliseconds away.
  draw();
}

/**
 * The network view's canvas is in the document: the first picture is drawn in it (now or when the
 * answer arrives) unless Cytoscape has taken over. Returns the clean-up that takes it out again.
 */
export function showFirstPictureIn(container: HTMLElement): () => void {
  if (finished || !wanted || window.location.search !== wanted.search) {
    settle();
    return () => undefined;
  }
  host = container;
  stopWaitingForSize();
  // Drawn already in the first screen's canvas (which React has just replaced): moved, not redrawn.
  if (canvas) container.prepend(canvas);
  // In a task of its own, not in the commit that made the canvas: React's first render is long enough.
  later = setTimeout(() => {
    later = undefined;
    if (!canvas || !drawnAtHostSize()) draw();
  });
  // Redraws when the canvas changes size.
  resize = new ResizeObserver(schedule);
  resize.observe(container);
  return detach;
}

/** Cytoscape has drawn the same graph whole: the first picture goes, for good. */
export function firstPictureDone(): void {
  finished = true;
  detach();
}

/** Takes the picture out; once the view has let it go, it is not waited for. */
function detach(): void {
  settle();
  stopWaitingForSize();
  resize?.disconnect();
  if (frame !== undefined) cancelAnimationFrame(frame);
  clearTimeout(later);
  canvas?.remove();
  [resize, frame, later, canvas, host] = [undefined, undefined, undefined, undefined, undefined];
}

/** Whether the picture is drawn at the size of the view's canvas. */
function drawnAtHostSize(): boolean {
  return (
    !!canvas &&
    !!host &&
    canvas.style.width === `${host.clientWidth}px` &&
    canvas.style.height === `${host.clientHeight}px`
  );
}

/**
 * The network view's canvas in the page's first screen (the HTML rendered at build time,
 * src/prerender.tsx), when the screen was rendered for this URL: the picture can be drawn there
 * before the main script has run and React has made the view.
 */
function firstScreenCanvas(): HTMLElement | undefined {
  const screen = document.querySelector<HTMLElement>('[data-first-screen]');
  if (!screen || screen.dataset.firstScreen !== wanted?.search) return undefined;
  return screen.querySelector<HTMLElement>('.canvas') ?? undefined;
}

/** Draws in the next frame, once for any number of reasons to. */
function schedule(): void {
  if (!data || !host || frame !== undefined || later !== undefined) return;
  // The observer's first call says the size the picture was (or is about to be) drawn at.
  if (drawnAtHostSize()) return;
  frame = requestAnimationFrame(() => {
    frame = undefined;
    draw();
  });
}

function waitForSize(target: HTMLElement): void {
  if (unsized) return;
  unsized = new ResizeObserver(() => {
    if (target.clientWidth === 0 || target.clientHeight === 0) return;
    stopWaitingForSize();
    draw();
  });
  unsized.observe(target);
}

function stopWaitingForSize(): void {
  unsized?.disconnect();
  unsized = undefined;
}

function draw(): void {
  const target = host ?? firstScreenCanvas();
  // An answer that came in the page can be read before the page's body is: drawn once it is parsed
  // ('interactive' comes before the main script runs; DOMContentLoaded only after).
  if (data && !target && document.readyState === 'loading')
    document.addEventListener('readystatechange', draw, { once: true });
  if (!data || !target || !wanted) return;
  const { clientWidth: width, clientHeight: height } = target;
  const elements: ElementDefinition[] = summaryElements(data, wanted.by, wanted.lang, summaryWords(wanted.lang));
  if (elements.length === 0) return settle();
  if (width === 0 || height === 0) {
    // The first screen laid out before its stylesheet came: drawn once the stylesheet gives it a
    // size, not left for the main script (React's canvas has its own observer).
    if (!host) waitForSize(target);
    return;
  }
  const placement = placeSummary(elements, width, height, measure);
  markOnce(MARKS.placed);
  const scale = window.devicePixelRatio || 1;
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.className = 'first-picture';
    canvas.setAttribute('aria-hidden', 'true');
  }
  if (canvas.parentElement !== target) target.prepend(canvas);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) return settle();
  paintSummary(context, elements, placement, { width, height, scale });
  markOnce(MARKS.drawn);
  settle();
}
