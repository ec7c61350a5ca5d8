#!/usr/bin/env python3
"""Runs a check of the shared checks folder (a11y.py, layout.py) on the pages a real web server
serves, with its headers (Content-Security-Policy, framing rules, compressed answers), instead
of the plain server of a folder the check starts itself.

Usage: served_checks.py CHECKS_DIR SCRIPT PUBLIC_DIR ORIGIN [ARGS...]
  e.g. served_checks.py ../shared/checks layout.py public http://127.0.0.1:8080 --pages 40
Run it with the checks' own Python (their virtualenv): the script then stays in this process.
"""
import os
import runpy
import sys

checks, script, public, origin = sys.argv[1:5]
sys.argv = [os.path.join(checks, script), public] + sys.argv[5:]
sys.path.insert(0, os.path.abspath(checks))
os.environ["CHECKS_NO_REEXEC"] = "1"

import sitecommon  # noqa: E402

served_by_folder = sitecommon.serve_dir


class WebServer:
    """The web server the test started: nothing to stop here."""

    def shutdown(self):
        pass


def serve_dir(root, base_path="/"):
    # The site comes from the web server; any other folder (layout.py's page of another origin
    # that embeds the charts) is served as the check serves it.
    if os.path.abspath(root) == os.path.abspath(public):
        return WebServer(), origin
    return served_by_folder(root, base_path)


sitecommon.serve_dir = serve_dir
runpy.run_path(sys.argv[0], run_name="__main__")
