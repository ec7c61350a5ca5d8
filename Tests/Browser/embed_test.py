#!/usr/bin/env python3
"""Every embed code of a built site, pasted without its script, in headless Chromium.

    embed_test.py PUBLIC_DIR      exit 1 when a frame cuts its page off

Many newspaper systems strip <script> from pasted code, so an embed's <iframe> must be tall
enough on its own: for each embed code in the press kit (/bao-chi/), the embed page it frames is
opened at every column width from 280 to 700 px (the frame's width is the page's viewport) and
the height the page takes is compared with the frame's fixed height. Also at each width: the
page does not scroll sideways, and the credit line (the last paragraph) is inside the frame.

Needs selenium and chromium + chromedriver: ../shared/checks/setup.sh installs them.
"""
from __future__ import annotations

import functools
import html
import http.server
import os
import re
import shutil
import socketserver
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

COLUMNS = [280, 300, 320, 340, 360, 380, 400, 420, 440, 480, 540, 600, 650, 700]

MEASURE = """
const credit = document.querySelector('.embed-link');
return {height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        wide: document.documentElement.scrollWidth,
        credit: credit ? Math.ceil(credit.getBoundingClientRect().bottom) : -1};
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102
        pass


def codes(root: str) -> list[tuple[str, int]]:
    """(embed page path, frame height) of every embed code in the press kit."""
    kit = html.unescape(open(os.path.join(root, "bao-chi", "index.html"), encoding="utf-8").read())
    found = re.findall(r'<iframe src="[a-z]+://[^/"]+(/[^"]*)"[^>]*?height:(\d+)px[^>]*data-lantoa-embed', kit)
    return list(dict((path, int(height)) for path, height in found).items())


def main() -> int:
    root = os.path.abspath(sys.argv[1])
    embeds = codes(root)
    if not embeds:
        print("embed: no embed code found in bao-chi/index.html")
        return 1
    server = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    problems = []
    try:
        for path, frame in embeds:
            needed = []
            for column in COLUMNS:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": column, "height": frame, "deviceScaleFactor": 1, "mobile": False})
                driver.get(origin + path)
                m = driver.execute_script(MEASURE)
                needed.append(m["height"])
                if m["height"] > frame:
                    problems.append(f"{path} in a {column} px column: the page is {m['height']} px tall, the frame {frame} px"
                                    f" (the credit line ends at {m['credit']} px)")
                if m["credit"] < 0:
                    problems.append(f"{path}: no credit line (.embed-link)")
                if m["wide"] > column:
                    problems.append(f"{path} in a {column} px column: {m['wide']} px wide")
            print(f"embed: {path} frame {frame} px, the page needs {min(needed)}–{max(needed)} px")
        # On a reader's dark device the embed is dark, unless its address ends in #sang (a
        # newspaper page without a dark mode): then it stays light.
        path = embeds[0][0]
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        background = "return getComputedStyle(document.body).backgroundColor"
        driver.get(origin + path)
        dark = driver.execute_script(background)
        driver.get(origin + path + "#sang")
        driver.refresh()
        light = driver.execute_script(background)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        if dark == light or light not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"):
            problems.append(f"{path}: on a dark device the embed is {dark}, with #sang {light} (should be white)")
        print(f"embed: on a dark device {dark}; with #sang {light}")
    finally:
        driver.quit()
        server.shutdown()
    for p in problems:
        print("embed: " + p)
    print(f"embed: {len(embeds)} embed codes x {len(COLUMNS)} columns, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
