/**
 * The language checks of the rendered UI, for jsdom and (through page.evaluate) the browser: each
 * takes a root element and the words to check and returns what is wrong, so they must not use
 * anything outside their own body.
 */

/**
 * Latin words in the Chinese UI that are neither names nor codes: text outside quotes, code and
 * elements marked as another language, minus the allowed codes.
 */
export function latinWordsIn(root: Element, allowed: readonly string[]): string[] {
  const found = new Set<string>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('q, code, script, style, [lang]:not([lang^="zh"]), .sr-only-code')) continue;
    for (const match of (node.textContent ?? '').matchAll(/[A-Za-z][A-Za-z-]+/g)) {
      if (!allowed.includes(match[0])) found.add(match[0]);
    }
  }
  return [...found];
}

/**
 * Chinese vocabulary left in the English UI: a text (or an option, a label) that is exactly one of
 * the Chinese words the UI has an English word for, or that starts with 专栏.
 */
export function untranslatedIn(root: Element, chineseWords: readonly string[]): string[] {
  const found = new Set<string>();
  const words = new Set(chineseWords);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('q, code, script, style, [lang^="zh"]')) continue;
    const text = (node.textContent ?? '').trim();
    if (words.has(text) || /^专栏\d/.test(text)) found.add(text);
  }
  for (const element of root.querySelectorAll('[aria-label], [title]')) {
    for (const text of [element.getAttribute('aria-label'), element.getAttribute('title')]) {
      if (text && words.has(text.trim())) found.add(text.trim());
    }
  }
  return [...found];
}

/**
 * Chinese in the English UI that is not the plan's own text: every run of Chinese characters in a
 * text (or a label) outside quotes and code must stand in one of `planTexts` — the names, titles,
 * quotes and figures the API answered with. What the UI itself writes in Chinese is caught.
 */
export function chineseOutsidePlanText(root: Element, planTexts: readonly string[]): string[] {
  const found = new Set<string>();
  const check = (text: string) => {
    for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [])
      if (!planTexts.some((p) => p.includes(run))) found.add(text.trim());
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('q, code, script, style')) continue;
    check(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('[aria-label], [title]'))
    for (const text of [element.getAttribute('aria-label'), element.getAttribute('title')]) if (text) check(text);
  return [...found];
}
