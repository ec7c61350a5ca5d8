#!/usr/bin/env python3
"""Drives the real search page of a built site in headless Chromium, as a reader would.

    search_test.py PUBLIC_DIR            run the checks; exit 1 on a failure
    search_test.py PUBLIC_DIR --show Q…  print the results the page shows for each query
    search_test.py PUBLIC_DIR --measure Q   print what the first search for Q downloads
    search_test.py PUBLIC_DIR --quick       only what reads the index: the first search, the
                                            ranking table, tones, ties, phrases, no results, typing

Types queries into /tim-kiem/ (with and without diacritics, old and new tone placement, a
two-word phrase, a query with no results), checks the results shown and the order of the first
ones against a table, the live region, ?q= in the address and the back button, keyboard use,
the header search box, and that nothing is fetched from another host. Prints how much the first
search downloads (gzip sizes of the files it fetched).

Needs selenium and chromium + chromedriver: ../shared/checks/setup.sh installs them.
"""
from __future__ import annotations

import gzip
import importlib.util
import os
import re
import sys
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from browsing import chrome, serve

# Query → titles that must come first, in this order (prefixes of the titles are enough).
# Each row says which ranking rule it pins down.
RANKING = [
    # No diacritics finds "Năng suất … Đắk Lắk"; titles with every word rank first.
    # The plan's full text ("Toàn văn …") and the plan page (/ke-hoach/) are told apart by their titles.
    ("nang suat dak lak", ["Toàn văn Kế hoạch nâng cao năng suất dựa trên nền tảng", "Tốc độ tăng năng suất lao động tỉnh Đắk Lắk"]),
    # New tone placement "hoà" finds the old-placement "Hòa Thắng" (a story's enterprise) as an exact
    # match, above the many pages where "hoa" and "thang" are other words (họa, tháng).
    ("hoà thắng", ["Cơ sở chế biến thực phẩm giảm hao hụt"]),
    # Title matches above text matches.
    # The event with Kaizen in its title ranks among the two stories that apply it.
    ("kaizen", ["Hợp tác xã cà phê rút ngắn thời gian sơ chế nhờ Kaizen", "Tập huấn Kaizen và Lean", "Hợp tác xã cà phê dùng Kaizen"]),
    ("tap huan", ["Tập huấn 5S cho 60 học viên"]),
    # Typed marks mean that word: "đội" (team) in a title beats "đổi" in the plan's title.
    ("đội", ["Đào tạo đội ngũ chuyên gia"]),
    # A word on few pages outweighs one on half the site, and a word of two syllables ("năng suất")
    # does not weigh three times one of one: the 5S pages before those about productivity. The 5S
    # story is found by what its page shows beside the text: its "năng suất" is only in its support
    # line ("Chương trình năng suất tỉnh, 2022").
    ("năng suất 5S", ["Tập huấn 5S cho 60 học viên", "Cơ sở rang xay cà phê áp dụng 5S", "5S"]),
]


def driver() -> webdriver.Chrome:
    return chrome("search test")


class Page:
    """The search page as a reader uses it."""

    def __init__(self, browser: webdriver.Chrome, base: str):
        self.b, self.base = browser, base

    def wait(self, condition, what: str):
        WebDriverWait(self.b, 10).until(lambda _: condition(), message=f"timed out waiting for {what}")

    def comes(self, condition) -> bool:
        """Whether `condition` holds within the wait, for a check that reports rather than stops."""
        try:
            WebDriverWait(self.b, 10).until(lambda _: condition())
            return True
        except TimeoutException:
            return False

    def status(self) -> str:
        return self.b.find_element(By.CSS_SELECTOR, ".search-status").text

    def type(self, query: str, field: str = "tu-khoa") -> None:
        box = self.b.find_element(By.ID, field)
        previous = self.status() if field == "tu-khoa" else None
        box.clear()
        box.send_keys(query, Keys.ENTER)
        if field == "tu-khoa":
            # The status names the query once its results are shown (the same query twice: at once).
            query = query.strip()
            self.wait(lambda: (self.status() != previous or f"“{query}”" in previous) and f"“{query}”" in self.status(),
                      f"results for {query!r}")

    def results(self) -> list[dict]:
        out = []
        for li in self.b.find_elements(By.CSS_SELECTOR, ".search-results > li"):
            link = li.find_element(By.CSS_SELECTOR, "h2 a")
            out.append({"title": link.text, "href": link.get_attribute("href"),
                        "meta": li.find_element(By.CSS_SELECTOR, ".meta").text,
                        "snippet": " ".join(p.text for p in li.find_elements(By.CSS_SELECTOR, "p:not(.meta)")),
                        "marks": [m.text for m in li.find_elements(By.TAG_NAME, "mark")]})
        return out

    def scored(self) -> list[dict]:
        return [{"score": float(li.get_attribute("data-score")),
                 "date": (li.find_elements(By.TAG_NAME, "time") or [None])[0] and li.find_element(By.TAG_NAME, "time").get_attribute("datetime")}
                for li in self.b.find_elements(By.CSS_SELECTOR, ".search-results > li")]

    def query_in_address(self) -> str:
        return urllib.parse.parse_qs(urllib.parse.urlparse(self.b.current_url).query).get("q", [""])[0]


def axe_violations(browser: webdriver.Chrome) -> list[str]:
    """axe-core (shipped in the checks' virtualenv) on the page as it is now, WCAG 2.1 A and AA."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if not spec or not spec.submodule_search_locations:
        return ["axe-core not found (run ../shared/checks/setup.sh)"]
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as f:
        browser.execute_script(f.read())
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help; })); });")
    return result


def gzip_size(folder: str, url: str) -> int:
    path = urllib.parse.urlparse(url).path
    with open(os.path.join(folder, path.lstrip("/")), "rb") as f:
        return len(gzip.compress(f.read(), 9))


def main() -> int:
    if len(sys.argv) < 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__)
        return 2
    folder = sys.argv[1]
    # --base URL: the site as a web server serves it (Tests/Hosting/serve_test.py, with its
    # Content-Security-Policy), instead of a plain server of the folder.
    server, base = (None, sys.argv[sys.argv.index("--base") + 1].rstrip("/")) if "--base" in sys.argv else serve(folder)
    browser = driver()
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    try:
        page = Page(browser, base)
        if "--show" in sys.argv:
            browser.get(base + "/tim-kiem/")
            for q in sys.argv[sys.argv.index("--show") + 1:]:
                page.type(q)
                print(f"\n{q!r}: {page.status()}")
                for r in page.results():
                    print(f"  {r['title'][:80]}  [{r['meta']}]  marks={r['marks'][:6]}\n    {r['snippet'][:160]}")
            return 0

        # The first search: what a phone downloads.
        browser.get(base + "/tim-kiem/")
        page.type(sys.argv[sys.argv.index("--measure") + 1] if "--measure" in sys.argv else "nang suat dak lak")
        fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        hosts = {urllib.parse.urlparse(u).netloc for u in fetched}
        check(hosts <= {urllib.parse.urlparse(base).netloc}, f"nothing fetched from another host ({sorted(hosts)})")
        search_files = [u for u in fetched if "/tim-kiem/" in u or u.endswith("search.js")]
        total = sum(gzip_size(folder, u) for u in search_files)
        print(f"first search downloads {len(search_files)} files, {total / 1024:.1f} KB gzip: "
              + ", ".join(urllib.parse.urlparse(u).path for u in search_files))
        if "--measure" in sys.argv:
            return 0
        check(total < 60 * 1024, "script and index files of the first search are under 60 KB compressed")

        # Without diacritics.
        results = page.results()
        check(len(results) > 0 and "Tìm thấy" in page.status(), "a query without diacritics finds pages: " + page.status())
        check(any("Đắk" in m or "Lắk" in m for r in results for m in r["marks"]), "the matched words are highlighted as written (Đắk, Lắk)")
        check(page.query_in_address() == "nang suat dak lak", "the query is in the address as ?q=")
        live = browser.find_element(By.CSS_SELECTOR, ".search-status")
        check(live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite", "the count is in a polite live region")

        quick = "--quick" in sys.argv
        if not quick:
            violations = axe_violations(browser)
            check(not violations, f"axe-core finds no violation on the page showing results {violations}")

        # The ranking table.
        for query, expected in RANKING:
            page.type(query)
            titles = [r["title"] for r in page.results()]
            ok = len(titles) >= len(expected) and all(t.startswith(e) for t, e in zip(titles, expected))
            check(ok, f"{query!r} ranks {expected} first (got {titles[:len(expected) + 1]})")

        # Old and new tone placement find the same pages; the exact key matches both.
        # A snippet keeps lines apart that end without punctuation (the story's enterprise and
        # district, a heading): "Buôn Ma Thuột · Sắp xếp", not "Buôn Ma Thuột Sắp xếp".
        page.type("hoà thắng")
        story = page.results()[0]["snippet"]
        check("Buôn Ma Thuột · Sắp xếp" in story, f"a snippet separates a line without punctuation from the next: {story[:90]!r}")

        page.type("hoá")
        new = [r["href"] for r in page.results()]
        page.type("hóa")
        old = [r["href"] for r in page.results()]
        check(new == old and len(new) > 0, f"'hoá' and 'hóa' give the same {len(new)} results in the same order")
        check(any("hóa" in m.lower() for r in page.results() for m in r["marks"]), "'hóa' results highlight the words")

        # Newer above older at equal score ("hoá" matches the "minh họa" note of many pages).
        page.type("hoá")
        rows = page.scored()
        ties = [(a, b) for a, b in zip(rows, rows[1:]) if a["score"] == b["score"] and a["date"] and b["date"]]
        check(all(a["score"] >= b["score"] for a, b in zip(rows, rows[1:])), "results are in order of score")
        check(len(ties) > 2 and all(a["date"] >= b["date"] for a, b in ties),
              f"at equal score the newer comes first ({len(ties)} ties on the first page)")

        # A two-word phrase in order counts: the news with "đổi mới" rises above one with the words apart.
        with_phrase, apart = "Triển khai Kế hoạch nâng cao năng suất giai đoạn", "Hợp tác xã cà phê rút ngắn thời gian sơ chế"
        def position(title_start: str) -> int:
            # Every result, the later ones behind "more results", as a reader who keeps reading sees them.
            while True:
                more = browser.find_elements(By.CSS_SELECTOR, ".search-more")
                if not more or not more[0].is_displayed():
                    break
                shown = len(page.results())
                more[0].find_element(By.TAG_NAME, "button").click()
                page.wait(lambda: len(page.results()) > shown, "more results")
            return next((k for k, r in enumerate(page.results()) if r["title"].startswith(title_start)), 99)
        page.type("đổi mới")
        in_order = (position(with_phrase), position(apart))
        page.type("mới đổi")
        reversed_ = (position(with_phrase), position(apart))
        check(in_order[0] < in_order[1] < 99 and reversed_[0] > reversed_[1],
              f"'đổi mới' ranks the page with the phrase above the one with the words apart {in_order}; 'mới đổi' does not {reversed_}")

        # Nothing found.
        page.type("xyzzyq")
        check("Không tìm thấy" in page.status() and not page.results(), "a query with no results says so: " + page.status())
        ways = {a.text: urllib.parse.urlparse(a.get_attribute("href")).path
                for a in browser.find_elements(By.CSS_SELECTOR, ".search-status a")}
        check(ways.get("lưu trữ tin tức", "").endswith("/luu-tru/") and ways.get("danh sách thẻ", "").endswith("/the/"),
              f"the message links to the news archive and the tags: {ways}")
        check(not browser.find_element(By.CSS_SELECTOR, ".search-results").is_displayed(), "an empty result list is hidden")

        # While typing, the last word also matches the words it begins: "nang sua" finds "năng suất".
        box = browser.find_element(By.ID, "tu-khoa")
        box.clear()
        box.send_keys("nang sua")
        page.wait(lambda: "“nang sua”" in page.status(), "results while typing")
        typed = page.results()
        check(any("Kế hoạch nâng cao năng suất" in r["title"] for r in typed)
              and any(m.lower() == "suất" for r in typed for m in r["marks"]),
              f"while typing 'nang sua' the pages with 'năng suất' are shown ({len(typed)} results)")
        # Enter, and the link the address now holds, show what typing showed: the last word still
        # matches the words it begins.
        typed_status, typed_titles = page.status(), [r["title"] for r in typed]
        def as_typed() -> bool:
            return page.status() == typed_status and [r["title"] for r in page.results()] == typed_titles
        # The results shown are marked, to wait for those Enter shows in their place.
        browser.execute_script("document.querySelectorAll('.search-results > li').forEach(li => li.dataset.before = '1')")
        box.send_keys(Keys.ENTER)
        check(page.comes(lambda: not browser.find_elements(By.CSS_SELECTOR, ".search-results > li[data-before]") and as_typed()),
              f"Enter after 'nang sua' shows what typing showed ({len(typed)} results): {typed_status!r}, then {page.status()!r}")
        browser.get(base + "/tim-kiem/?q=" + urllib.parse.quote("nang sua"))
        check(page.comes(as_typed), f"the link ?q=nang%20sua shows what typing showed: {typed_status!r}, then {page.status()!r}")
        # A consonant and a lone y is written with i or y alike: "quản lí" finds what "quản lý" finds.
        page.type("quản lý")
        with_y = [r["href"] for r in page.results()]
        page.type("quản lí")
        with_i = [r["href"] for r in page.results()]
        check(with_y and with_y == with_i and any(m.lower() == "lý" for r in page.results() for m in r["marks"]),
              f"'quản lí' and 'quản lý' give the same {len(with_y)} results, 'lý' highlighted")
        # Marks typed: pages with the word as typed first; those with it only under other marks
        # ("đổi", "dõi" for "đội") after them, labelled, and counted apart in the status.
        page.type("đội")
        rows = page.results()
        labelled = ["chỉ khác dấu" in r["meta"] for r in rows]
        check("có từ chỉ khác dấu" in page.status() and labelled and not labelled[0] and any(labelled)
              and labelled == sorted(labelled) and set(m.lower() for m in rows[0]["marks"]) == {"đội"},
              f"'đội': the page with 'đội' first, marked alone; the pages with 'đổi' after it, labelled ({page.status()!r}, {labelled})")
        # A last word typed with marks that is a word as typed is finished: "hòa" brings no "hoàn".
        page.type("hòa")
        check(not any(m.lower() == "hoàn" for r in page.results() for m in r["marks"]),
              f"'hòa' does not take 'hoàn' for a word it begins: {page.status()!r}")
        # Marks typed in the last word count in the words it begins: "sửa" does not begin "suất".
        page.type("nang sửa")
        marked = page.results()
        check(not any(m.lower() == "suất" for r in marked for m in r["marks"]),
              f"'nang sửa' does not take 'suất' for a word it begins: {page.status()!r}")
        # A one-letter last word after others waits for its second letter, and the status says so.
        box = browser.find_element(By.ID, "tu-khoa")
        box.clear()
        box.send_keys("nang s", Keys.ENTER)
        page.wait(lambda: "“s…”" in page.status(), "the results of 'nang s'")
        check(page.status().startswith("Tìm thấy") and "cho “nang”." in page.status() and page.results(),
              f"'nang s' shows the results of 'nang' and says the 's' waits for more letters: {page.status()!r}")
        # Typed at a reader's pace, a new search is a new step of Back: the one before is not replaced.
        page.type("kaizen")
        box = browser.find_element(By.ID, "tu-khoa")
        box.clear()
        box.send_keys("tap huan")
        page.wait(lambda: page.query_in_address() == "tap huan" and "“tap huan”" in page.status(), "results while typing 'tap huan'")
        box.send_keys(Keys.ENTER)
        browser.back()
        check(page.comes(lambda: page.query_in_address() == "kaizen" and "“kaizen”" in page.status()),
              f"Back after typing 'tap huan' returns to the search before it, 'kaizen': the address says {page.query_in_address()!r}")
        if quick:
            return finish(failures)

        # Back returns to the previous search.
        page.type("mới đổi")
        page.type("xyzzyq")
        browser.back()
        page.wait(lambda: page.b.find_element(By.ID, "tu-khoa").get_attribute("value") == "mới đổi"
                  and "mới đổi" in page.status(), "the previous search after Back")
        check(page.query_in_address() == "mới đổi" and position(apart) == reversed_[1], "Back shows the previous search again")

        # Keyboard only: Tab from the box reaches the button, then the first result.
        box = browser.find_element(By.ID, "tu-khoa")
        box.click()
        box.send_keys(Keys.TAB)
        box = browser.switch_to.active_element
        check(box.tag_name == "button", "Tab from the box goes to the search button")
        box.send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        check(focused.tag_name == "a" and focused.text == page.results()[0]["title"], "the next Tab reaches the first result")

        # A shared link opens with the results.
        browser.get(base + "/tim-kiem/?q=" + urllib.parse.quote("Đắk Lắk"))
        page.wait(lambda: "Đắk Lắk" in page.status(), "results of a shared link")
        check(browser.find_element(By.ID, "tu-khoa").get_attribute("value") == "Đắk Lắk" and page.results(), "?q= in a shared link fills the box and shows results")

        # A shard that cannot be downloaded: the page says so, and a later try works.
        shard = os.path.join(folder, "tim-kiem", "chi-muc", "s", "xu.json")
        # Its compressed copies too: a web server sends those in its place.
        hidden = [f for f in (shard, shard + ".gz", shard + ".br") if os.path.exists(f)]
        if os.path.exists(shard):
            for f in hidden:
                os.rename(f, f + ".hidden")
            try:
                browser.get(base + "/tim-kiem/")
                box = browser.find_element(By.ID, "tu-khoa")
                box.send_keys("xuất", Keys.ENTER)
                page.wait(lambda: "Không tải được" in page.status(), "the message for a failed download")
                check(not page.results(), "a failed download says so and shows no stale results")
            finally:
                for f in hidden:
                    os.rename(f + ".hidden", f)
            box = browser.find_element(By.ID, "tu-khoa")
            box.clear()
            box.send_keys("xuất", Keys.ENTER)
            page.wait(lambda: "“xuất”" in page.status() and "Không tải được" not in page.status(), "results after the file is back")
            check(len(page.results()) > 0, "searching again after a failed download works")

        # The header box on any page submits to the search page.
        browser.get(base + "/tin-tuc/")
        page.type("kaizen", field="tim-nhanh")
        page.wait(lambda: "/tim-kiem/" in browser.current_url and "kaizen" in page.status(), "the search page from the header")
        check(page.query_in_address() == "kaizen" and page.results(), "the header search box opens /tim-kiem/?q=kaizen with results")
        check(browser.find_element(By.ID, "tim-nhanh").get_attribute("value") == "kaizen", "the header box on the results page shows the query")

        # A page in another language of the site searches in that language: its header box opens
        # the search page in its language, whose sentences are the theme's words for it.
        if os.path.isdir(os.path.join(folder, "en")):
            english = sorted(d for d in os.listdir(os.path.join(folder, "en")) if os.path.isfile(os.path.join(folder, "en", d, "index.html")))
            browser.get(base + "/en/" + next(d for d in english if d != "tim-kiem") + "/")
            page.type("đội", field="tim-nhanh")
            page.wait(lambda: "/en/tim-kiem/" in browser.current_url and "“đội”" in page.status(), "the English search page from an English page's header")
            said = page.status()
            check(said.startswith("25 results for “đội”: 1 with the word as typed") or ("results for “đội”" in said and "Tìm" not in said),
                  f"an English page's search speaks English: {said!r}")
            check(browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en" and page.results(),
                  "the English search page is in English and finds the site's pages")
            page.type("zzqqxx")
            said = page.status()
            links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".search-status a")]
            check(said.startswith("Nothing found for “zzqqxx”") and len(links) == 2, f"nothing found, in English, with two ways in: {said!r} {links}")
            # A Vietnamese result on the English page is marked as Vietnamese (a screen reader
            # reads it with Vietnamese sounds), and its date is in the page's words.
            page.type("kaizen")
            first = browser.find_element(By.CSS_SELECTOR, ".search-results > li")
            title_lang = first.find_element(By.TAG_NAME, "h2").get_attribute("lang")
            day = (first.find_elements(By.TAG_NAME, "time") or [None])[0]
            check(title_lang == "vi", f"a Vietnamese result on the English search page is marked lang=vi: {title_lang!r}")
            check(day is not None and re.fullmatch(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", day.text) is not None,
                  f"a result's date on the English search page is in English: {day.text if day else None!r}")
            # On the Vietnamese page it stays dd/mm/yyyy, and an English result is marked lang=en.
            browser.get(base + "/tim-kiem/?q=" + urllib.parse.quote("productivity"))
            page.wait(lambda: "“productivity”" in page.status(), "results for 'productivity'")
            langs = [h.get_attribute("lang") for h in browser.find_elements(By.CSS_SELECTOR, ".search-results > li h2")]
            days = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".search-results time")]
            check("en" in langs, f"an English result on the Vietnamese search page is marked lang=en: {langs}")
            check(days and all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in days), f"dates on the Vietnamese search page are dd/mm/yyyy: {days}")
    finally:
        browser.quit()
        if server:
            server.shutdown()
    return finish(failures)


def finish(failures: list[str]) -> int:
    print(f"search: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
