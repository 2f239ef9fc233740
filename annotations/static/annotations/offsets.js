// Offsets. The server counts Unicode code points (Python str indices); the DOM counts UTF-16 code units, so a
// character outside the BMP such as 🔹 is one position on the server and two in the browser. Every offset this UI
// sends is a code-point offset computed here; no DOM offset is ever sent as is.

/** Number of code points in a string (a lone surrogate counts as one, as Python would count it). */
export function cpLength(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** A text indexed by code point, with its grapheme-cluster boundaries. */
export class CodePointText {
  constructor(text) {
    this.text = text;
    this.chars = Array.from(text); // one entry per code point
    this.length = this.chars.length;
    this.bounds = graphemeBoundaries(text);
  }

  slice(start, end) {
    return this.chars.slice(start, end).join("");
  }

  /** Trim whitespace at both edges, then widen to whole grapheme clusters. Returns null if nothing is left. */
  normalize(start, end) {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(0, Math.min(end, this.length));
    while (start < end && /\s/u.test(this.chars[start])) start++;
    while (end > start && /\s/u.test(this.chars[end - 1])) end--;
    if (start >= end) return null;
    while (start > 0 && !this.bounds.has(start)) start--;
    while (end < this.length && !this.bounds.has(end)) end++;
    return { start, end, text: this.slice(start, end) };
  }
}

/** Every code-point offset at which a grapheme cluster (👩‍👩‍👧, e + U+0301) starts or ends. */
export function graphemeBoundaries(text) {
  const bounds = new Set([0]);
  let cp = 0;
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
      cp += cpLength(segment);
      bounds.add(cp);
    }
  } else {
    // Without Intl.Segmenter, at least never split a surrogate pair; the server still refuses split clusters.
    for (let i = 1; i <= cpLength(text); i++) bounds.add(i);
  }
  return bounds;
}

/** Code-point offset of a DOM boundary point (node, UTF-16 offset) inside root: the code points of all the text
 * before it. Only article text lives in root's text nodes (badges are CSS generated content), so this is exact. */
export function domPointToCp(root, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return cpLength(range.toString());
}

/** The code-point [start, end) of a DOM Range, clipped to root; null when the range is outside root. */
export function rangeToCp(root, range) {
  const whole = document.createRange();
  whole.selectNodeContents(root);
  if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) return null; // range starts after root
  if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null; // range ends before root
  const startsInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
  const endsInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
  const start = startsInside ? domPointToCp(root, range.startContainer, range.startOffset) : 0;
  const end = endsInside ? domPointToCp(root, range.endContainer, range.endOffset) : cpLength(whole.toString());
  return start < end ? { start, end } : null;
}
