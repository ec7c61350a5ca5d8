#!/usr/bin/env python3
"""Every iCalendar file of a built site read by a real iCalendar library (PyPI icalendar).

usage: calendar_test.py PUBLIC

Checks that each .ics parses strictly, holds one VCALENDAR with VERSION 2.0 and PRODID, that each
VEVENT has UID, DTSTAMP, DTSTART, DTEND (after the start), SUMMARY and URL, that UIDs are unique
in a calendar, that the calendar of every event holds each event's own file, and that the event's
URL is a page of the site. Exits 1 on any problem.
"""
import os, sys
import icalendar

def main(public):
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(public) for f in fs if f.endswith(".ics"))
    problems = []
    if not files:
        problems.append("no .ics file in " + public)
    uids_of = {}
    for path in files:
        rel = os.path.relpath(path, public)
        data = open(path, "rb").read()
        if b"\n" in data.replace(b"\r\n", b""):
            problems.append(f"{rel}: a line ends without CR")
        if any(len(line) > 75 for line in data.split(b"\r\n")):
            problems.append(f"{rel}: a line longer than 75 bytes")
        try:
            cal = icalendar.Calendar.from_ical(data)
        except Exception as e:
            problems.append(f"{rel}: does not parse: {e}")
            continue
        if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
            problems.append(f"{rel}: no VERSION 2.0 or PRODID")
        uids = []
        for ev in cal.walk("VEVENT"):
            for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"):
                if ev.get(key) is None:
                    problems.append(f"{rel}: an event has no {key}")
            if ev.get("DTSTART") is not None and ev.get("DTEND") is not None:
                start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
                if not end > start:
                    problems.append(f"{rel}: {ev.get('UID')} ends at {end}, not after its start {start}")
            url = str(ev.get("URL", ""))
            page = url.split("://", 1)[-1].split("/", 1)[-1]
            if not os.path.exists(os.path.join(public, page, "index.html")):
                problems.append(f"{rel}: {url} is not a page of the site")
            uids.append(str(ev.get("UID")))
        if len(uids) != len(set(uids)):
            problems.append(f"{rel}: a UID appears twice")
        uids_of[rel] = set(uids)
    everything = next((u for r, u in uids_of.items() if os.path.basename(r) == "lich.ics" and r.count(os.sep) == 1), None)
    for rel, uids in uids_of.items():
        if everything is not None and not uids <= everything:
            problems.append(f"{rel}: events missing from the calendar of every event")
    events = sum(len(u) for r, u in uids_of.items() if r.count(os.sep) == 2)
    print(f"calendars: {len(files)} files, {events} events in their own files, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
