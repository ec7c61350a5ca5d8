import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The server configurations `lantoa deploy config` prints. Tests/Hosting/serve_test.py serves
/// the example portal with them; these check what depends on the site: its redirects and its mount path.
@Suite("Server configuration")
struct ServerConfigTests {
    @Test("a site mounted at /nang-suat/: its redirects, 404 page and embed rule carry the path, in nginx, Apache and Caddy")
    func mountedSite() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/nang-suat/
        -- content/articles/a.md --
        ---
        title: Bài A
        date: 2026-03-05
        aliases: [/cu/, /tin-cu/a.html]
        ---
        Bài.
        """)
        defer { site.remove() }
        let (assembled, diagnostics) = Build.assemble(site.options())
        #expect(diagnostics.isEmpty)
        let config = ServerConfig(site: try #require(assembled))
        #expect(config.redirects.map { "\($0.from) \($0.to)" }.sorted() == ["/nang-suat/cu/ /nang-suat/tin-tuc/a/", "/nang-suat/tin-cu/a.html /nang-suat/tin-tuc/a/"])
        let nginx = config.render(.nginx, root: "/var/www/ns")
        #expect(nginx.contains("root /var/www/ns;") && nginx.contains("error_page 404 /nang-suat/404.html;"))
        #expect(nginx.contains("location = /nang-suat/cu/ { return 301 /nang-suat/tin-tuc/a/; }") && nginx.contains("location = /nang-suat/cu { return 301 /nang-suat/tin-tuc/a/; }"))
        #expect(nginx.contains("location ^~ /nang-suat/nhung/") && nginx.contains("gzip_static on;") && nginx.contains("brotli_static on;"))
        let apache = config.render(.apache, root: "/var/www/ns")
        #expect(apache.contains(#"RewriteRule "^cu/?(index\.html)?$" "/nang-suat/tin-tuc/a/" [R=301,L]"#))
        #expect(apache.contains(#"RewriteRule "^tin-cu/a\.html$" "/nang-suat/tin-tuc/a/" [R=301,L]"#))
        #expect(apache.contains("ErrorDocument 404 /nang-suat/404.html") && apache.contains("m#^/nang-suat/nhung/#"))
        let caddy = config.render(.caddy, root: "/var/www/ns")
        #expect(caddy.contains("redir /nang-suat/cu/ /nang-suat/tin-tuc/a/ 301") && caddy.contains("precompressed br gzip"))
        // The build writes the Apache rules as .htaccess for hosts without access to the server's configuration.
        #expect(site.build().file(".htaccess") == ServerConfig(site: try #require(assembled)).apache(root: "", virtualHost: false))
    }
}
