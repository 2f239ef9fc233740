"""Selecting article text from a test, the way a reader would: a DOM Range over the rendered text nodes (which may
be split across highlights), or a real mouse drag between two characters."""

# Finds the n-th occurrence of a needle in the concatenated text nodes of a root and returns DOM boundary points
# for [index + startShift, index + needle.length + endShift) in UTF-16 units, which may fall in different nodes.
_LOCATE = """
([rootSelector, needle, occurrence, startShift, endShift]) => {
  const root = document.querySelector(rootSelector);
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let all = "";
  for (let n; (n = walker.nextNode()); ) { nodes.push([n, all.length]); all += n.data; }
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = all.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const point = (unit, preferNext) => {
    for (let i = 0; i < nodes.length; i++) {
      const [node, offset] = nodes[i];
      const end = offset + node.data.length;
      if (unit < end || (unit === end && !preferNext) || i === nodes.length - 1) return [node, unit - offset];
    }
  };
  return [point(index + startShift, true), point(index + needle.length + endShift, false)];
}
"""


def select_text(page, needle, *, occurrence=0, start_shift=0, end_shift=0, root="#article-text"):
    """Select a needle (shifted by UTF-16 units at either end) with a DOM Range; returns the browser's own
    string for the selection."""
    return page.evaluate(
        "(args) => { const [[sn, so], [en, eo]] = (" + _LOCATE + ")(args);"
        " const range = document.createRange(); range.setStart(sn, so); range.setEnd(en, eo);"
        " const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);"
        " document.querySelector(args[0]).dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
        " return sel.toString(); }",
        [root, needle, occurrence, start_shift, end_shift],
    )


def drag_select(page, needle, *, occurrence=0, root="#article-text", inset=1):
    """Select a needle with a real mouse drag from `inset` pixels into its first character to the right half of its
    last one; returns the browser's own string for the selection."""
    box = page.evaluate(
        "(args) => { const [[sn, so], [en, eo]] = (" + _LOCATE + ")(args);"
        " const first = document.createRange(); first.setStart(sn, so); first.setEnd(sn, so + 1);"
        " const last = document.createRange(); last.setStart(en, eo - 1); last.setEnd(en, eo);"
        " window.scrollBy(0, first.getBoundingClientRect().top - innerHeight / 2);"
        " const a = first.getClientRects()[0], b = last.getClientRects()[0];"
        " return {x1: a.left + args[5], y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2}; }",
        [root, needle, occurrence, 0, 0, inset],
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, (box["y1"] + box["y2"]) / 2, steps=4)
    page.mouse.move(box["x2"], box["y2"], steps=4)
    page.mouse.up()
    return page.evaluate("() => getSelection().toString()")
