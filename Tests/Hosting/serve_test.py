#!/usr/bin/env python3
"""Serves a built site with real nginx and Apache on loopback, configured by `lantoa deploy
config`, and checks over HTTP what a reader's browser and a newspaper's page get:

- every page of the sitemap answers 200 as text/html;
- an old address (`aliases:`) answers 301 to its page;
- a missing page answers the site's 404 page with status 404;
- `Accept-Encoding: br` and `gzip` get the precompressed bytes the build wrote, and a browser
  that accepts neither gets the page itself;
- JSON, SVG, CSV, XML and CSS come with their types;
- pages and feeds are cached for minutes, fingerprinted stylesheets and scripts for a year;
- every answer carries the security headers, and only the embed pages may be framed by others.

Usage: serve_test.py LANTOA_BINARY SITE_DIR PUBLIC_DIR
Needs nginx (with libnginx-mod-http-brotli-static) and apache2 from Debian; scripts/test installs them.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import free_port, wait_for  # noqa: E402

BINARY, SITE, PUBLIC = (os.path.abspath(p) for p in sys.argv[1:4])
problems = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def get(port, path, encoding=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if encoding:
        request.add_header("Accept-Encoding", encoding)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def expect(condition, what):
    if not condition:
        problems.append(what)


def config(server):
    return subprocess.run([BINARY, "deploy", "config", server, "--site", SITE, "--root", PUBLIC],
                          check=True, capture_output=True, text=True).stdout


def start_nginx(work, port):
    server = config("nginx").replace("listen 80;", f"listen 127.0.0.1:{port};")
    folder = "/usr/lib/nginx/modules"
    modules = "\n".join(f"load_module {folder}/{f};" for f in sorted(os.listdir(folder)) if "brotli" in f) if os.path.isdir(folder) else ""
    user = "user root;" if os.geteuid() == 0 else ""
    conf = f"""{user}
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
{modules}
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
{server}
}}
"""
    path = os.path.join(work, "nginx.conf")
    open(path, "w").write(conf)
    check = subprocess.run(["nginx", "-t", "-c", path, "-p", work], capture_output=True, text=True)
    if check.returncode != 0:
        sys.exit(f"serve: nginx refuses the configuration:\n{check.stderr}")
    return subprocess.Popen(["nginx", "-c", path, "-p", work, "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "nginx-out.log"), "w"))


def start_apache(work, port, htaccess=False):
    host = config("apache").replace("<VirtualHost *:80>", f"<VirtualHost 127.0.0.1:{port}>")
    if htaccess:
        # A shared host: no rules in the server's configuration, only the .htaccess the build wrote.
        host = f"""<VirtualHost 127.0.0.1:{port}>
    DocumentRoot "{PUBLIC}"
    <Directory "{PUBLIC}">
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>"""
    modules = ["mpm_event", "authz_core", "dir", "mime", "rewrite", "headers", "alias", "env", "setenvif"]
    user = "User www-data\nGroup www-data" if os.geteuid() == 0 else ""
    conf = "\n".join([
        f"ServerRoot {work}", f"Listen 127.0.0.1:{port}", "ServerName localhost",
        f"PidFile {work}/httpd.pid", f"ErrorLog {work}/apache-error.log", "LogLevel warn",
        *(f"LoadModule {m}_module /usr/lib/apache2/modules/mod_{m}.so" for m in modules),
        "TypesConfig /etc/mime.types", user, host])
    path = os.path.join(work, "apache.conf")
    open(path, "w").write(conf)
    check = subprocess.run(["apache2", "-t", "-f", path], capture_output=True, text=True)
    if check.returncode != 0:
        sys.exit(f"serve: apache2 refuses the configuration:\n{check.stderr}")
    return subprocess.Popen(["apache2", "-f", path, "-DFOREGROUND"],
                            stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "apache-out.log"), "w"))


def sitemap_paths():
    text = open(os.path.join(PUBLIC, "sitemap.xml"), encoding="utf-8").read()
    locations = re.findall(r"<loc>([^<]+)</loc>", text)
    if any(l.endswith(".xml") for l in locations):  # an index of parts
        locations = [l for part in locations for l in re.findall(r"<loc>([^<]+)</loc>",
                     open(os.path.join(PUBLIC, urlparse(part).path.lstrip("/")), encoding="utf-8").read())]
    return [urlparse(l).path for l in locations]


def first(pattern):
    for folder, _, files in sorted(os.walk(PUBLIC)):
        for name in sorted(files):
            path = os.path.relpath(os.path.join(folder, name), PUBLIC)
            if re.search(pattern, path):
                return "/" + path
    return None


def check(name, port):
    before = len(problems)
    pages = sitemap_paths()
    for path in pages:
        status, headers, _ = get(port, path, "br, gzip")
        expect(status == 200, f"{name}: {path} answers {status}, not 200")
        expect(headers.get("Content-Type", "").startswith("text/html"), f"{name}: {path} is {headers.get('Content-Type')}, not text/html")
    # Old addresses are real redirects.
    redirects = []
    for folder, _, files in os.walk(PUBLIC):
        for file in files:
            path = os.path.join(folder, file)
            if file.endswith(".html") and 'http-equiv="refresh"' in open(path, encoding="utf-8", errors="replace").read(2000):
                redirects.append("/" + os.path.relpath(path, PUBLIC).replace("index.html", ""))
    expect(redirects, f"{name}: the site has no alias to test")
    for path in redirects:
        status, headers, _ = get(port, path)
        expect(status == 301, f"{name}: the old address {path} answers {status}, not 301")
        page = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        target = open(os.path.join(PUBLIC, page), encoding="utf-8").read()
        wanted = re.search(r'<link rel="canonical" href="([^"]+)"', target)
        location = headers.get("Location", "")
        expect(wanted and urlparse(location).path == urlparse(wanted.group(1)).path,
               f"{name}: {path} redirects to {location!r}, not {wanted.group(1) if wanted else '?'}")
    # A missing page: the site's own 404 page, with status 404.
    status, headers, body = get(port, "/khong-co-trang-nay/")
    own = open(os.path.join(PUBLIC, "404.html"), "rb").read()
    expect(status == 404, f"{name}: a missing page answers {status}, not 404")
    expect(body == own, f"{name}: a missing page is not the site's 404 page")
    # A missing file is not kept by browsers: it may come with the next build.
    status, headers, _ = get(port, "/tim-kiem/chi-muc/s/khong-co.json", "br, gzip")
    expect(status == 404 and "max-age=86400" not in headers.get("Cache-Control", ""),
           f"{name}: a missing file answers {status} with Cache-Control {headers.get('Cache-Control')!r}")
    # Precompressed bytes for the encodings a browser accepts.
    for path, file in [("/", "index.html"), (first(r"^assets/style\.[0-9a-f]{8}\.css$"), None)]:
        file = file or path.lstrip("/")
        for encoding, suffix in [("br", ".br"), ("gzip", ".gz")]:
            if not os.path.exists(os.path.join(PUBLIC, file + suffix)):
                expect(False, f"{name}: the build wrote no {file + suffix}")
                continue
            status, headers, body = get(port, path, encoding)
            expect(status == 200 and headers.get("Content-Encoding") == encoding,
                   f"{name}: {path} with Accept-Encoding: {encoding} answers {status}, Content-Encoding {headers.get('Content-Encoding')}")
            expect(body == open(os.path.join(PUBLIC, file + suffix), "rb").read(), f"{name}: {path} ({encoding}) is not the precompressed file")
            expect("Accept-Encoding" in headers.get("Vary", ""), f"{name}: {path} ({encoding}) has no Vary: Accept-Encoding")
        status, headers, body = get(port, path)
        expect(body == open(os.path.join(PUBLIC, file), "rb").read() and not headers.get("Content-Encoding"),
               f"{name}: {path} without Accept-Encoding is not the file itself")
    # Types.
    for pattern, wanted in [(r"\.json$", "application/json"), (r"\.svg$", "image/svg+xml"), (r"\.csv$", "text/csv"),
                            (r"^rss\.xml$", "xml"), (r"\.css$", "text/css"), (r"\.js$", "javascript"), (r"\.png$", "image/png")]:
        path = first(pattern)
        if not path:
            continue
        for encoding in (None, "br, gzip"):
            status, headers, _ = get(port, path, encoding)
            expect(status == 200 and wanted in headers.get("Content-Type", ""), f"{name}: {path} ({encoding}) is {headers.get('Content-Type')}, not {wanted}")
    # Caching.
    for path, wanted in [("/", "max-age=300"), ("/rss.xml", "max-age=300"), (first(r"^assets/style\.[0-9a-f]{8}\.css$"), "immutable"),
                         (first(r"\.png$"), "max-age=86400")]:
        if path:
            _, headers, _ = get(port, path, "br, gzip")
            expect(wanted in headers.get("Cache-Control", ""), f"{name}: {path} has Cache-Control {headers.get('Cache-Control')!r}, not {wanted}")
    # Security headers; only the embed pages may be framed by other sites.
    embed = first(r"^nhung/[^/]+/index\.html$")
    for path in ["/", embed.replace("index.html", "") if embed else None, "/khong-co-trang-nay/"]:
        if not path:
            continue
        _, headers, _ = get(port, path, "gzip")
        policy = headers.get("Content-Security-Policy", "")
        expect("script-src 'self'" in policy and "default-src 'self'" in policy, f"{name}: {path} has Content-Security-Policy {policy!r}")
        framing = "frame-ancestors *" if path.startswith("/nhung/") else "frame-ancestors 'self'"
        expect(framing in policy, f"{name}: {path} does not say {framing}")
        expect(headers.get("X-Content-Type-Options") == "nosniff", f"{name}: {path} has no X-Content-Type-Options: nosniff")
    print(f"serve: {name}: {len(pages)} pages, {len(redirects)} redirects, {len(problems) - before} problems")


def main():
    work = tempfile.mkdtemp(prefix="lantoa-serve-")
    os.chmod(work, 0o755)
    servers = [("nginx", start_nginx), ("apache", start_apache), ("apache with .htaccess", lambda w, p: start_apache(w, p, htaccess=True))]
    for name, start in servers:
        port = free_port()
        process = start(work, port)
        try:
            wait_for(port, process, os.path.join(work, f"{name.split()[0]}-error.log"), who=f"serve: {name}")
            check(name, port)
            # The search page in a real browser, served with the security headers: the policy
            # lets the site's own script fetch its index and show results.
            browser = os.environ.get("SEARCH_TEST_PYTHON")
            if browser and name == "nginx":
                run = subprocess.run([browser, os.path.join(os.path.dirname(__file__), "../Browser/search_test.py"), PUBLIC,
                                      "--base", f"http://127.0.0.1:{port}"], capture_output=True, text=True)
                expect(run.returncode == 0, f"{name}: the search page fails when served with its headers:\n{run.stdout[-2000:]}{run.stderr[-2000:]}")
                print(f"serve: {name}: search page in Chromium: {'passed' if run.returncode == 0 else 'FAILED'}")
            # The shared accessibility and layout checks on the pages as this server sends them.
            checks = os.environ.get("LANTOA_CHECKS_DIR")
            if browser and checks and name == "nginx":
                for script in ("a11y.py", "layout.py"):
                    run = subprocess.run([browser, os.path.join(os.path.dirname(__file__), "served_checks.py"), checks, script, PUBLIC,
                                          f"http://127.0.0.1:{port}"], capture_output=True, text=True)
                    last = (run.stdout.strip().splitlines() or ["(no output)"])[-1]
                    expect(run.returncode == 0, f"{name}: {script} on the served pages: {run.stdout[-2000:]}{run.stderr[-2000:]}")
                    print(f"serve: {name}: {script} on the served pages: {last}")
        finally:
            process.terminate()
            process.wait(timeout=10)
    for p in problems[:60]:
        print("  " + p)
    print(f"serve: {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
