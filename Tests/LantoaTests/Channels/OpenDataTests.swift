import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The open data catalogue: a CSV per dataset, the data package and DCAT catalogue that describe
/// them, and a ZIP of every file whose bytes depend on the data only. Tests/Feeds/opendata_test.py
/// checks the same files with frictionless, rdflib and zipfile.
@Suite("Open data")
struct OpenDataTests {
    @Test("every dataset of the example portal has its CSV, its resource in the package and its dataset in the catalogue")
    func catalogue() throws {
        let writer = MemoryWriter()
        let result = Build.run(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .memory(writer))
        #expect(result.errors.isEmpty)
        let package = try #require(writer.text("du-lieu/datapackage.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(package.utf8)) as? [String: Any])
        let resources = try #require(json["resources"] as? [[String: Any]])
        #expect(resources.count >= 10)
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            #expect(writer.files["du-lieu/" + path] != nil, "no file for \(path)")
            // Each resource states its licence: one without would take the package's CC BY, which
            // an official statistic (its source's conditions apply) must not.
            let licences = try #require(resource["licenses"] as? [[String: Any]], "\(path) states no licence")
            let official = ["chi-so-nang-suat-lao-dong.csv", "chi-so-dong-gop-tfp.csv", "chi-so-grdp-dak-lak.csv"].contains(path)
            #expect((licences.first?["name"] as? String) == (official ? "notspecified" : "CC-BY-4.0"), "\(path): \(licences)")
        }
        let catalogue = try #require(writer.text("du-lieu/catalog.jsonld"))
        #expect(catalogue.components(separatedBy: "\"dcat:Dataset\"").count - 1 == resources.count)
        let page = try #require(writer.text("du-lieu/index.html"))
        #expect(page.contains("href=\"/du-lieu/ket-qua-dien-hinh.csv\"") && page.contains("href=\"/du-lieu/du-lieu-nang-suat.zip\""))
        // The footer of every page links the catalogue.
        #expect(try #require(writer.text("index.html")).contains("<a href=\"/du-lieu/\">Dữ liệu mở</a>"))
    }

    @Test("the ZIP is the same bytes at every build, and holds each file as published")
    func zip() throws {
        let first = MemoryWriter(), second = MemoryWriter()
        _ = Build.run(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .memory(first))
        _ = Build.run(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .memory(second))
        let bytes = try #require(first.files["du-lieu/du-lieu-nang-suat.zip"])
        #expect(bytes == second.files["du-lieu/du-lieu-nang-suat.zip"])
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let csv = try #require(first.files["du-lieu/su-kien.csv"])
        // Stored, not compressed: the CSV's bytes are in the archive as they are.
        #expect(bytes.firstRange(of: csv) != nil)
    }
}
