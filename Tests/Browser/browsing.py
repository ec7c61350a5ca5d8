"""What the browser tests share: a quiet local server for a built site, and headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102
        pass


def serve(folder: str) -> tuple[socketserver.TCPServer, str]:
    """`folder` served on a free port of 127.0.0.1, and its address."""
    handler = functools.partial(Quiet, directory=folder)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def chrome(test: str, width: int = 1280, prefs: dict | None = None) -> webdriver.Chrome:
    """Headless Chromium, `width` wide (under 500 px, a phone's width emulated: a desktop window
    is no narrower), with Chrome `prefs` such as the default text size."""
    binary = os.environ.get("CHROME_BIN") or shutil.which("chromium") or shutil.which("google-chrome")
    chromedriver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not binary or not chromedriver:
        sys.exit(f"{test}: chromium and chromedriver are needed (run ../shared/checks/setup.sh)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
                f"--window-size={max(width, 500)},900", "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    if prefs:
        opts.add_experimental_option("prefs", prefs)
    browser = webdriver.Chrome(service=Service(executable_path=chromedriver), options=opts)
    if width < 500:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    return browser
