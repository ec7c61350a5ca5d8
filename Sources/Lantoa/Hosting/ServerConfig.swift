/// The configuration a web server needs to serve a built site as it is meant to be served: the
/// site's 404 page with status 404, old addresses (`aliases:`) as real 301 redirects (the HTML
/// redirect pages stay for hosts without configuration), the precompressed `.br` and `.gz`
/// copies sent to browsers that accept them, the types of JSON, SVG, CSV, feeds and the
/// manifest, a cache policy (pages and feeds for five minutes, fingerprinted stylesheets and
/// scripts for a year, other files for a day) and security headers for a site whose only
/// scripts are its own: a Content-Security-Policy allowing exactly that, and framing allowed
/// only for the embed pages newspapers put in their articles.
///
/// nginx and Apache are tested over HTTP with these files (Tests/Hosting/serve_test.py); Caddy's
/// follows the same policy and is not.
public struct ServerConfig {
    public enum Server: String, CaseIterable, Sendable { case nginx, apache, caddy }

    let site: Site

    public init(site: Site) { self.site = site }

    /// The mount path (`/`, `/nang-suat/`) every location starts with.
    var base: String { site.config.baseURL.path }

    /// Old addresses and the page each leads to, as site paths with a leading slash.
    var redirects: [(from: String, to: String)] {
        site.routes.compactMap { route in
            guard case .redirect(let target) = route.kind else { return nil }
            let file = route.file.hasSuffix("/index.html") ? String(route.file.dropLast("index.html".count)) : route.file
            return (base + file, base + target)
        }
    }

    /// Pages may load scripts, styles, pictures and index files of the site only; nothing else.
    static let policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    /// An SVG opened on its own carries its style inside.
    static let svgPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *"

    static let pageCache = "public, max-age=300"
    static let fileCache = "public, max-age=86400"
    static let fingerprintedCache = "public, max-age=31536000, immutable"
    /// `style.3f9a2c1d.css`: the name changes with the bytes.
    static let fingerprinted = #"\.[0-9a-f]{8}\.(css|js)$"#
    /// Text files that have precompressed copies, and their types.
    static let types: [(String, String)] = [
        ("html", "text/html"), ("css", "text/css"), ("js", "text/javascript"), ("json", "application/json"),
        ("xml", "application/xml"), ("svg", "image/svg+xml"), ("csv", "text/csv"), ("txt", "text/plain"),
        ("webmanifest", "application/manifest+json"), ("ics", "text/calendar"),
    ]

    public func render(_ server: Server, root: String) -> String {
        switch server {
        case .nginx: nginx(root: root)
        case .apache: apache(root: root, virtualHost: true)
        case .caddy: caddy(root: root)
        }
    }

    // MARK: - nginx

    func nginx(root: String) -> String {
        let embeds = base + site.config.urlNames.embeds + "/"
        func headers(_ cache: String, framing: String = "'self'", policy: String? = nil) -> String {
            """
                    add_header Cache-Control "\(cache)";
                    add_header Content-Security-Policy "\(policy ?? Self.policy + "; frame-ancestors " + framing)" always;
                    add_header X-Content-Type-Options "nosniff" always;
                    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
                    add_header Vary "Accept-Encoding" always;
            """
        }
        var out = """
        # nginx: the site built by Lan Tỏa (lantoa deploy config nginx). Put this server block in
        # /etc/nginx/sites-available/, set server_name, and reload. brotli_static needs the Debian
        # package libnginx-mod-http-brotli-static; without it, delete that line (gzip still works).
        server {
            listen 80;
            server_name _;
            root \(root);
            index index.html;
            charset utf-8;
            charset_types text/css text/javascript application/json application/xml image/svg+xml text/csv text/plain application/rss+xml application/atom+xml application/feed+json application/manifest+json;
            types {
        \(Self.types.map { "        \($0.1) \($0.0);" }.joined(separator: "\n"))
                application/rss+xml rss;
                image/png png;
                image/jpeg jpg jpeg;
                image/webp webp;
                image/x-icon ico;
                application/pdf pdf;
                application/zip zip;
                application/vnd.openxmlformats-officedocument.wordprocessingml.document docx;
                application/msword doc;
                video/mp4 mp4;
                video/webm webm;
                audio/mpeg mp3;
                audio/ogg ogg;
            }
            default_type application/octet-stream;
            gzip_static on;
            brotli_static on;
            error_page 404 \(base)404.html;

        """
        for (from, to) in redirects {
            out += "    location = \(from) { return 301 \(to); }\n"
            if from.hasSuffix("/") { out += "    location = \(from.dropLast()) { return 301 \(to); }\n" }
        }
        // Feeds are named rss.xml, atom.xml and feed.json wherever they are: pages' cache.
        out += """
            location ~ "\(Self.fingerprinted)" {
        \(headers(Self.fingerprintedCache))
            }
            location ~ "\\.svg$" {
        \(headers(Self.fileCache, policy: Self.svgPolicy))
            }
            location ~ "(\\.html|/|/rss\\.xml|/atom\\.xml|/feed\\.json|/sitemap[-0-9]*\\.xml)$" {
        \(headers(Self.pageCache))
            }
            location ^~ \(embeds) {
        \(headers(Self.pageCache, framing: "*"))
            }
            location / {
        \(headers(Self.fileCache))
            }
        }

        """
        return out
    }

    // MARK: - Apache

    /// A virtual host for the server's configuration, or (`virtualHost: false`) the same rules as
    /// `.htaccess`, which the build writes into the output for hosts that read it.
    func apache(root: String, virtualHost: Bool) -> String {
        let embeds = site.config.urlNames.embeds
        var rules = """
        # Apache: the site built by Lan Tỏa. Needs mod_rewrite, mod_headers, mod_mime and mod_alias
        # (a2enmod rewrite headers).
        ErrorDocument 404 \(base)404.html
        DirectoryIndex index.html
        AddDefaultCharset utf-8
        \(Self.types.map { "AddType \($0.1) .\($0.0)" }.joined(separator: "\n"))
        AddCharset utf-8 \(Self.types.map { "." + $0.0 }.joined(separator: " "))

        RewriteEngine On

        """
        for (from, to) in redirects {
            let path = from.dropFirst(base.count)
            let pattern = path.hasSuffix("/") ? "^\(Self.regex(String(path.dropLast())))/?(index\\.html)?$" : "^\(Self.regex(String(path)))$"
            rules += "RewriteRule \"\(pattern)\" \"\(to)\" [R=301,L]\n"
        }
        // A folder's index.html, or the file asked for, in the encoding the browser accepts.
        for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
            rules += """

            RewriteCond "%{HTTP:Accept-Encoding}" "\(encoding)"
            RewriteCond "%{REQUEST_FILENAME}" -d
            RewriteCond "%{REQUEST_FILENAME}/index.html.\(suffix)" -f
            RewriteRule "^(.*/)?$" "$1index.html.\(suffix)" [L]
            RewriteCond "%{HTTP:Accept-Encoding}" "\(encoding)"
            RewriteCond "%{REQUEST_FILENAME}.\(suffix)" -f
            RewriteRule "^(.+\\.(\(Self.types.map(\.0).joined(separator: "|"))))$" "$1.\(suffix)" [L]

            """
        }
        for (ext, type) in Self.types {
            rules += "RewriteRule \"\\.\(ext)\\.(br|gz)$\" \"-\" [T=\(type),E=no-gzip:1,E=no-brotli:1]\n"
        }
        rules += """
        <FilesMatch "\\.br$">
            Header set Content-Encoding br
        </FilesMatch>
        <FilesMatch "\\.gz$">
            Header set Content-Encoding gzip
        </FilesMatch>

        Header always set X-Content-Type-Options "nosniff"
        Header always set Referrer-Policy "strict-origin-when-cross-origin"
        Header always set Vary "Accept-Encoding"
        # Cache-Control on answers that succeed only: a 404 must not be kept for a day.
        Header set Cache-Control "\(Self.fileCache)"
        <If "%{REQUEST_URI} =~ m#(\\.html|/|/rss\\.xml|/atom\\.xml|/feed\\.json|/sitemap[-0-9]*\\.xml)(\\.br|\\.gz)?$#">
            Header set Cache-Control "\(Self.pageCache)"
        </If>
        <If "%{REQUEST_URI} =~ m#\(Self.fingerprinted.dropLast())(\\.br|\\.gz)?$#">
            Header set Cache-Control "\(Self.fingerprintedCache)"
        </If>
        <If "%{REQUEST_URI} =~ m#\\.svg(\\.br|\\.gz)?$#">
            Header always set Content-Security-Policy "\(Self.svgPolicy)"
        </If>
        <ElseIf "%{REQUEST_URI} =~ m#^\(base)\(embeds)/#">
            Header always set Content-Security-Policy "\(Self.policy); frame-ancestors *"
        </ElseIf>
        <Else>
            Header always set Content-Security-Policy "\(Self.policy); frame-ancestors 'self'"
        </Else>

        """
        guard virtualHost else { return rules }
        let indented = rules.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        return """
        # Apache: the site built by Lan Tỏa (lantoa deploy config apache). Put this in
        # /etc/apache2/sites-available/, set ServerName, a2enmod rewrite headers, a2ensite, reload.
        # Hosts without access to the server's configuration get the same rules from the
        # .htaccess file the build writes into the output folder.
        <VirtualHost *:80>
            DocumentRoot "\(root)"
            <Directory "\(root)">
                Options -Indexes +FollowSymLinks
                AllowOverride None
                Require all granted
        \(indented)
            </Directory>
        </VirtualHost>

        """
    }

    /// A path as a regular expression: its dots and other special characters escaped.
    static func regex(_ path: String) -> String {
        var out = ""
        for c in path { if ".^$*+?()[]{}|\\".contains(c) { out.append("\\") }; out.append(c) }
        return out
    }

    // MARK: - Caddy

    func caddy(root: String) -> String {
        let embeds = base + site.config.urlNames.embeds + "/"
        var out = """
        # Caddy: the site built by Lan Tỏa (lantoa deploy config caddy). Replace :80 with the
        # site's host name for automatic HTTPS.
        :80 {
            root * \(root)
            file_server {
                precompressed br gzip
            }
            handle_errors {
                @missing expression {err.status_code} == 404
                rewrite @missing \(base)404.html
                file_server
            }

        """
        for (from, to) in redirects { out += "    redir \(from) \(to) 301\n" }
        out += """
            header {
                X-Content-Type-Options nosniff
                Referrer-Policy strict-origin-when-cross-origin
                Cache-Control "\(Self.fileCache)"
                Content-Security-Policy "\(Self.policy); frame-ancestors 'self'"
            }
            @pages path_regexp (\\.html|/|/rss\\.xml|/atom\\.xml|/feed\\.json|/sitemap[-0-9]*\\.xml)$
            header @pages Cache-Control "\(Self.pageCache)"
            @fingerprinted path_regexp \(Self.fingerprinted)
            header @fingerprinted Cache-Control "\(Self.fingerprintedCache)"
            @svg path *.svg
            header @svg Content-Security-Policy "\(Self.svgPolicy)"
            @embeds path \(embeds)*
            header @embeds Content-Security-Policy "\(Self.policy); frame-ancestors *"
        }

        """
        return out
    }
}
