#!/usr/bin/env python3
"""The podcast feed of a built site read as podcast apps read it (PyPI feedparser).

usage: podcast_test.py PUBLIC

Checks that phat-thanh-truyen-hinh/podcast.xml parses without a bozo error as RSS 2.0, that the
channel has a title, link, description, language and itunes:author, and that every episode has a
title, a link to a page of the site, a guid, a date, one enclosure whose URL names a file of the
site with its exact size in bytes and an audio or video type, an itunes:duration, and a
podcast:transcript pointing at a heading of its page. Exits 1 on any problem.
"""
import os, re, sys
from urllib.parse import urlparse
import xml.etree.ElementTree as ET
import feedparser

PODCAST = "https://podcastindex.org/namespace/1.0"

def local(public, url):
    """The file of the site a URL names (its path, index.html for a folder)."""
    path = urlparse(url).path.lstrip("/")
    full = os.path.join(public, path)
    return os.path.join(full, "index.html") if path == "" or path.endswith("/") else full

def main(public):
    path = os.path.join(public, "phat-thanh-truyen-hinh", "podcast.xml")
    problems = []
    if not os.path.exists(path):
        print(f"podcast: no {path}")
        return 1
    feed = feedparser.parse(path)
    if feed.bozo:
        problems.append(f"does not parse cleanly: {feed.bozo_exception}")
    if feed.version != "rss20":
        problems.append(f"is {feed.version!r}, not RSS 2.0")
    for key in ("title", "link", "description", "language", "author"):
        if not feed.feed.get(key):
            problems.append(f"the channel has no {key}")
    # feedparser keeps the Podcasting 2.0 transcript only as a link; read it from the XML too.
    transcripts = {}
    for item in ET.parse(path).getroot().iter("item"):
        t = item.find(f"{{{PODCAST}}}transcript")
        transcripts[item.findtext("link")] = t.get("url") if t is not None else None
    if not feed.entries:
        problems.append("no episode")
    for e in feed.entries:
        name = e.get("title", "?")
        for key in ("title", "link", "id", "published", "itunes_duration"):
            if not e.get(key):
                problems.append(f"{name}: no {key}")
        if not os.path.exists(local(public, e.get("link", ""))):
            problems.append(f"{name}: its link {e.get('link')} is not a page of the site")
        if len(e.enclosures) != 1:
            problems.append(f"{name}: {len(e.enclosures)} enclosures")
        for enc in e.enclosures:
            file = local(public, enc.href)
            if not os.path.exists(file):
                problems.append(f"{name}: the enclosure {enc.href} is not a file of the site")
            elif int(enc.get("length", -1)) != os.path.getsize(file):
                problems.append(f"{name}: the enclosure says {enc.get('length')} bytes, the file has {os.path.getsize(file)}")
            if not re.match(r"^(audio|video)/", enc.get("type", "")):
                problems.append(f"{name}: the enclosure's type {enc.get('type')!r} is not audio or video")
        transcript = transcripts.get(e.get("link"))
        if not transcript:
            problems.append(f"{name}: no podcast:transcript")
        else:
            page, _, anchor = transcript.partition("#")
            html = open(local(public, page), encoding="utf-8").read() if os.path.exists(local(public, page)) else ""
            if f'id="{anchor}"' not in html:
                problems.append(f"{name}: the transcript {transcript} is not a heading of a page")
    for p in problems:
        print("podcast:", p)
    print(f"podcast: {len(feed.entries)} episodes, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
