#!/usr/bin/env python3
"""The monthly newsletters of a built site read as mail programs read them (Python's email package).

usage: newsletter_test.py PUBLIC

For every ban-tin/YYYY-MM/: thu.eml parses as a MIME message with a subject and two alternatives
(text/plain and text/html, UTF-8) that decode to thu.txt and thu.html; the HTML loads nothing
(no <img>, <link>, <script>, no url() in styles), all its links are absolute addresses of the
site that name a page or file of PUBLIC. Exits 1 on any problem.
"""
import email, os, re, sys
from email.header import decode_header, make_header
from html.parser import HTMLParser
from urllib.parse import urlparse

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.loads = [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "href" in a: self.links.append(a["href"])
        if tag in ("img", "link", "script", "iframe", "video", "audio", "source"): self.loads.append(tag)
        if "url(" in (a.get("style") or ""): self.loads.append("url() in a style")

def local(public, url):
    path = urlparse(url).path.lstrip("/")
    full = os.path.join(public, path)
    return os.path.join(full, "index.html") if path == "" or path.endswith("/") else full

def main(public):
    root = os.path.join(public, "ban-tin")
    months = sorted(d for d in os.listdir(root) if re.fullmatch(r"\d{4}-\d{2}", d)) if os.path.isdir(root) else []
    problems = []
    if not months:
        problems.append("no newsletter in ban-tin/")
    host = None
    for m in months:
        folder = os.path.join(root, m)
        msg = email.message_from_bytes(open(os.path.join(folder, "thu.eml"), "rb").read())
        subject = str(make_header(decode_header(msg["Subject"] or "")))
        if m[:4] not in subject and m[5:].lstrip("0") not in subject:
            problems.append(f"{m}: the subject {subject!r} does not name the month")
        parts = {p.get_content_type(): p for p in msg.walk() if not p.is_multipart()}
        if msg.get_content_type() != "multipart/alternative" or set(parts) != {"text/plain", "text/html"}:
            problems.append(f"{m}: not multipart/alternative of text and HTML ({msg.get_content_type()}, {sorted(parts)})")
            continue
        for kind, name in (("text/plain", "thu.txt"), ("text/html", "thu.html")):
            body = parts[kind].get_payload(decode=True).decode(parts[kind].get_content_charset() or "ascii")
            if body != open(os.path.join(folder, name), encoding="utf-8").read():
                problems.append(f"{m}: the {kind} part is not {name}")
        parser = Links()
        parser.feed(open(os.path.join(folder, "thu.html"), encoding="utf-8").read())
        if parser.loads:
            problems.append(f"{m}: the e-mail loads {sorted(set(parser.loads))}")
        for href in parser.links:
            u = urlparse(href)
            if u.scheme not in ("http", "https"):
                problems.append(f"{m}: a link is not absolute: {href}")
                continue
            host = host or u.netloc
            if u.netloc == host and not os.path.exists(local(public, href)):
                problems.append(f"{m}: {href} names nothing of the site")
    for p in problems:
        print("newsletter:", p)
    print(f"newsletter: {len(months)} months, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
