#!/usr/bin/env python3
"""The portal read with the phone's text size at 200 % (WCAG 1.4.4 and 1.4.10), in headless Chromium.

    text_size_test.py PUBLIC_DIR

Chromium's default font size is set to 32 px, as a browser's text-size setting does (the style
sheet sizes text in rem, so every text doubles), at 390 and 320 px wide. On every page of the site:
  - the root font size is 32 px (the setting took hold: otherwise nothing below is tested);
  - the page does not scroll sideways: no element reaches past the viewport (a long e-mail
    address or link that cannot wrap widens every page);
  - a chart drawn in the page shows no text smaller than the page's own small print would be at
    100 % (14.4 px): the chart drawn for large text is the one shown; none of its texts lies over
    another or past its edge.

Last line: "text size: P pages x 2 widths, C checks, F failures". Exit 1 on any failure.
"""
from __future__ import annotations

import os
import sys

from selenium import webdriver

from browsing import chrome, serve


def pages(folder: str) -> list[str]:
    """Every page of the site (each folder's index.html), as a reader's address."""
    found = []
    for here, _, files in os.walk(folder):
        if "index.html" in files:
            path = "/" + os.path.relpath(here, folder).replace(os.sep, "/") + "/"
            found.append("/" if path == "/./" else path)
    return sorted(found)


def driver(width: int) -> webdriver.Chrome:
    # The reader's text size: twice the default.
    return chrome("text size test", width, prefs={"webkit": {"webprefs": {"default_font_size": 32}}})


# Elements that reach past the right edge, widest first (the ones inside a scrolling box, such as
# a wide table in its own frame, are not the page's), and the smallest chart text on screen.
MEASURE = """
const w = document.documentElement.clientWidth;
const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
const wide = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width && r.right > w + 0.5 && !inScroller(el)) wide.push([Math.round(r.right), el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''), (el.textContent || '').trim().slice(0, 50)]);
}
wide.sort((a, b) => b[0] - a[0]);
let smallest = null;
for (const t of document.querySelectorAll('svg.lt-chart text, svg.before-after text')) {
  const r = t.getBoundingClientRect();
  if (!r.width || !t.textContent.trim()) continue;
  const svg = t.ownerSVGElement, vb = svg.viewBox.baseVal, scale = svg.getBoundingClientRect().width / vb.width;
  const px = parseFloat(getComputedStyle(t).fontSize) * scale;
  if (smallest === null || px < smallest[0]) smallest = [Math.round(px * 10) / 10, t.textContent.trim()];
}
const collisions = [];
for (const svg of document.querySelectorAll('svg.lt-chart, svg.before-after')) {
  if (!svg.getBoundingClientRect().width) continue;
  const boxes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => [t.getBoundingClientRect(), t.textContent.trim()]);
  const frame = svg.getBoundingClientRect();
  for (const [r, text] of boxes) {
    if (r.left < frame.left - 1 || r.right > frame.right + 1) collisions.push(['cut at the edge', text]);
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, ta] = boxes[i], [b, tb] = boxes[j];
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    // A text's box reaches above and below its letters: two lines of one label touch, but
    // letters only collide when the boxes share more than 40 % of the lower one's height.
    if (w > 1 && h > 0.4 * Math.min(a.height, b.height)) collisions.push([ta, tb]);
  }
}
return {collisions: collisions.slice(0, 4), root: getComputedStyle(document.documentElement).fontSize, scroll: document.documentElement.scrollWidth, width: w,
        wide: wide.slice(0, 3), smallest: smallest};
"""


def main() -> int:
    folder = sys.argv[1]
    server, base = serve(folder)
    failures: list[str] = []

    checked = 0

    def check(ok: bool, what: str) -> None:
        nonlocal checked
        checked += 1
        if not ok:
            print("FAIL " + what)
            failures.append(what)

    try:
        for width in (390, 320):
            browser = driver(width)
            try:
                for path in pages(folder):
                    browser.get(base + path)
                    m = browser.execute_script(MEASURE)
                    where = f"{path} at {width} px, text 200 %"
                    check(m["root"] == "32px", f"{where}: the text-size setting took hold (root font size {m['root']})")
                    check(m["scroll"] <= m["width"] and not m["wide"],
                          f"{where}: no sideways scrolling (page {m['scroll']} px in {m['width']} px; past the edge: {m['wide']})")
                    check(not m["collisions"], f"{where}: no chart text over another or cut at the chart's edge: {m['collisions']}")
                    if m["smallest"] is not None:
                        check(m["smallest"][0] >= 14.4, f"{where}: chart text at least 14.4 px (smallest {m['smallest'][0]} px: {m['smallest'][1]!r})")
            finally:
                browser.quit()
    finally:
        server.shutdown()
    print(f"text size: {len(pages(folder))} pages x 2 widths, {checked} checks, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
