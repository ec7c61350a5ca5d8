#!/usr/bin/env python3
"""Every embed code of a built site, pasted without its script, in headless Chromium.

    embed_test.py PUBLIC_DIR      exit 1 when a frame cuts its page off

Many newspaper systems strip <script> from pasted code, so an embed's <iframe> must be tall
enough on its own: for each embed code in the press kit (/bao-chi/), the embed page it frames is
opened at every column width from 280 to 700 px (the frame's width is the page's viewport) and
the height the page takes is compared with the frame's fixed height. Also at each width: the
page does not scroll sideways, and the credit line (the last paragraph) is inside the frame.

A reader with a larger text size (125 %, 200 %) needs more than any fixed height gives: then
the frame scrolls, and the credit line must still be in sight when the frame is first seen, and
wherever it is scrolled while the credit keeps to the frame's foot. On a dark device the embed is dark, and light when its address ends in #sang, with its
own script and without script.

Needs selenium and chromium + chromedriver: ../shared/checks/setup.sh installs them.
"""
from __future__ import annotations

import html
import os
import re
import sys

from browsing import chrome, serve

COLUMNS = [280, 300, 320, 340, 360, 380, 400, 420, 440, 480, 540, 600, 650, 700]
LARGE_COLUMNS = [280, 320, 420, 700]

MEASURE = """
const credit = document.querySelector('.embed-link');
const box = credit ? credit.getBoundingClientRect() : null;
return {height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        wide: document.documentElement.scrollWidth,
        credit: box ? Math.ceil(box.bottom) : -1,
        creditTop: box ? Math.floor(box.top) : -1,
        scrolls: getComputedStyle(document.documentElement).overflowY !== 'hidden'
                 && getComputedStyle(document.body).overflowY !== 'hidden',
        text: parseFloat(getComputedStyle(document.body).fontSize),
        sticky: credit ? getComputedStyle(credit).position === 'sticky' : false};
"""


def codes(root: str) -> list[tuple[str, int]]:
    """(embed page path, frame height) of every embed code in the press kit."""
    kit = html.unescape(open(os.path.join(root, "bao-chi", "index.html"), encoding="utf-8").read())
    found = re.findall(r'<iframe src="[a-z]+://[^/"]+(/[^"]*)"[^>]*?height:(\d+)px[^>]*data-lantoa-embed', kit)
    return list(dict((path, int(height)) for path, height in found).items())


def frame(driver, column: int, height: int) -> None:
    """The browser's viewport as a frame `column` wide and `height` tall."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": column, "height": height, "deviceScaleFactor": 1, "mobile": False})


def main() -> int:
    root = os.path.abspath(sys.argv[1])
    embeds = codes(root)
    if not embeds:
        print("embed: no embed code found in bao-chi/index.html")
        return 1
    server, origin = serve(root)
    problems = []
    driver = chrome("embed")
    try:
        for path, height in embeds:
            needed = []
            for column in COLUMNS:
                frame(driver, column, height)
                driver.get(origin + path)
                m = driver.execute_script(MEASURE)
                needed.append(m["height"])
                if m["height"] > height:
                    problems.append(f"{path} in a {column} px column: the page is {m['height']} px tall, the frame {height} px"
                                    f" (the credit line ends at {m['credit']} px)")
                if m["credit"] < 0:
                    problems.append(f"{path}: no credit line (.embed-link)")
                if m["wide"] > column:
                    problems.append(f"{path} in a {column} px column: {m['wide']} px wide")
            print(f"embed: {path} frame {height} px, the page needs {min(needed)}–{max(needed)} px")
        # On a reader's dark device the embed is dark, unless its address ends in #sang (a
        # newspaper page without a dark mode): then it stays light, with script and without.
        path = embeds[0][0]
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        background = "return getComputedStyle(document.body).backgroundColor"
        for scripts in (True, False):
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not scripts})
            driver.get(origin + path)
            dark = driver.execute_script(background)
            driver.get(origin + path + "#sang")
            driver.refresh()
            light = driver.execute_script(background)
            said = "with its script" if scripts else "without script"
            if dark == light or light not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"):
                problems.append(f"{path} {said}: on a dark device the embed is {dark}, with #sang {light} (should be white)")
            print(f"embed: on a dark device {dark}; with #sang {light} ({said})")
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    finally:
        driver.quit()
    # A larger text size: the frame keeps its fixed height and scrolls. The credit line is in
    # sight when the frame is first seen (whole, unless it is taller than the frame), and while
    # it stays at the frame's foot (sticky), wherever the page is scrolled; in a frame under 30
    # lines of text it comes first instead.
    for size in (20, 32):
        large = chrome("embed", prefs={"webkit": {"webprefs": {"default_font_size": size}}})
        try:
            for path, height in embeds:
                for column in LARGE_COLUMNS:
                    frame(large, column, height)
                    large.get(origin + path)
                    m = large.execute_script(MEASURE)
                    if abs(m["text"] - size * 1.0625) > 1:
                        problems.append(f"{path}: the text size did not take ({m['text']} px)")
                    if not m["scrolls"]:
                        problems.append(f"{path} at {size} px text: the page cannot scroll in its frame")
                    if m["wide"] > column:
                        problems.append(f"{path} at {size} px text in a {column} px column: {m['wide']} px wide")
                    for where in ("top", "middle", "bottom") if m["sticky"] else ("top",):
                        large.execute_script({"top": "window.scrollTo(0, 0)",
                                              "middle": "window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)",
                                              "bottom": "window.scrollTo(0, document.documentElement.scrollHeight)"}[where])
                        m = large.execute_script(MEASURE)
                        if m["credit"] < 0 or m["creditTop"] < 0 or m["credit"] > height and m["credit"] - m["creditTop"] < height:
                            problems.append(f"{path} at {size} px text in a {column} px column, {height} px frame, scrolled to the {where}:"
                                            f" the credit line is at {m['creditTop']}–{m['credit']} px, out of sight")
            print(f"embed: at {size} px text, {len(embeds)} embeds x {len(LARGE_COLUMNS)} columns: the credit line in sight")
        finally:
            large.quit()
    server.shutdown()
    for p in problems:
        print("embed: " + p)
    print(f"embed: {len(embeds)} embed codes x {len(COLUMNS)} columns, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
