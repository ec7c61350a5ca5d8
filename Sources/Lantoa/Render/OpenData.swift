import Foundation

/// The portal's data as open data (`du-lieu/`, the plan's "cơ sở dữ liệu về năng suất … để chia
/// sẻ thông tin, dữ liệu", II.2): every indicator, the stories' measured results, the events and
/// the documents, each a CSV with its licence and source; a Frictionless Data package and a DCAT
/// catalogue (JSON-LD) that data portals harvest; one ZIP of every CSV.
struct OpenData {
    let site: Site

    struct Dataset {
        /// The file's name in `du-lieu/` without `.csv`.
        var id: String
        var title: String
        var description: String
        var source: String
        var sourceURL: String
        /// The page the data comes from.
        var page: String
        var illustrative: Bool
        /// Under the site's licence; else the conditions of its source (official statistics, as
        /// the footer says, keep their source's conditions).
        var licensed: Bool
        /// Column names and Table Schema types (`string`, `number`, `integer`, `date`, `datetime`).
        var fields: [(String, String)]
        var csv: () -> String
    }

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    /// The names of the files in `du-lieu/`, decided when the site is assembled (the same order as `datasets`).
    static func ids(indicators: [IndicatorStatistics], stories: Bool, events: Bool, documents: Bool) -> [String] {
        indicators.map { "chi-so-" + $0.indicator.id } + (stories ? ["ket-qua-dien-hinh"] : []) + (events ? ["su-kien"] : []) + (documents ? ["van-ban"] : [])
    }

    var datasets: [Dataset] {
        var out: [Dataset] = site.indicators.map { stats in
            let i = stats.indicator
            let export = IndicatorExport(stats: stats, config: config)
            let dimensions = Array(Set(i.observations.flatMap { $0.dimensions.keys })).sorted()
            let fields = [("period", "string"), ("value", "number")] + (i.cumulative ? [("cumulative", "number")] : [])
                + [("unit", "string"), ("status", "string"), ("note", "string"), ("source", "string")] + dimensions.map { ($0, "string") }
            let own = i.isPortalsOwn
            return Dataset(id: "chi-so-" + i.id, title: i.illustrative ? t(.illustrativeFigures, ["name": i.name]) : i.name,
                           description: (i.description.isEmpty ? ChartRenderer(stats).title : i.description) + (i.unit.isEmpty ? "" : " (\(i.unit))")
                               + (i.dimensionNote.isEmpty ? "" : ". " + i.dimensionNote),
                           source: i.sourceName, sourceURL: i.sourceURL, page: config.urlNames.indicatorPath(i.id), illustrative: i.illustrative,
                           licensed: own, fields: fields, csv: export.csv)
        }
        if !site.stories.isEmpty {
            out.append(Dataset(id: "ket-qua-dien-hinh", title: t(.dataStoryResults), description: t(.dataStoryResultsDescription), source: config.organisation.name,
                               sourceURL: "", page: config.urlNames.storiesPath, illustrative: site.stories.contains { $0.illustrative }, licensed: true,
                               fields: [("story", "string"), ("enterprise", "string"), ("district", "string"), ("sector", "string"), ("metric", "string"),
                                        ("before", "number"), ("after", "number"), ("unit", "string"), ("measured", "string"), ("illustrative", "boolean"), ("url", "string")],
                               csv: storyResults))
        }
        if !site.events.isEmpty {
            out.append(Dataset(id: "su-kien", title: t(.events), description: t(.dataEventsDescription), source: config.organisation.name, sourceURL: "",
                               page: config.urlNames.eventsPath, illustrative: site.events.contains { $0.illustrative }, licensed: true,
                               fields: [("title", "string"), ("start", "datetime"), ("end", "datetime"), ("place", "string"), ("online", "string"),
                                        ("organiser", "string"), ("audience", "string"), ("category", "string"), ("illustrative", "boolean"), ("url", "string")],
                               csv: events))
        }
        if !site.documents.isEmpty {
            out.append(Dataset(id: "van-ban", title: t(.dataDocuments), description: t(.dataDocumentsDescription), source: config.organisation.name, sourceURL: "",
                               page: config.urlNames.documentsPath, illustrative: false, licensed: true,
                               fields: [("number", "string"), ("form", "string"), ("authority", "string"), ("issued", "string"), ("title", "string"), ("url", "string")],
                               csv: documents))
        }
        return out
    }

    private static func csv(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(IndicatorExport.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private func storyResults() -> String {
        var rows = [["story", "enterprise", "district", "sector", "metric", "before", "after", "unit", "measured", "illustrative", "url"]]
        for d in site.stories {
            guard let s = d.story else { continue }
            for r in s.results {
                rows.append([d.title, s.enterprise, s.district, s.sector, r.metric, IndicatorExport.plain(r.before), IndicatorExport.plain(r.after), r.unit,
                             r.measured, d.illustrative ? "true" : "false", config.baseURL.absolute(site.path(of: d))])
            }
        }
        return Self.csv(rows)
    }

    private func events() -> String {
        var rows = [["title", "start", "end", "place", "online", "organiser", "audience", "category", "illustrative", "url"]]
        for d in site.events {
            guard let e = d.event else { continue }
            rows.append([d.title, VietnameseFormat.iso8601(e.start), VietnameseFormat.iso8601(e.end), e.place, e.online.map(config.baseURL.absoluteURL) ?? "",
                         e.organiser, e.audience, e.category, d.illustrative ? "true" : "false", config.baseURL.absolute(site.path(of: d))])
        }
        return Self.csv(rows)
    }

    private func documents() -> String {
        var rows = [["number", "form", "authority", "issued", "title", "url"]]
        for d in site.documents {
            guard let l = d.legal else { continue }
            // The day as ISO writes it (2021-01-11), or the year alone when only the year is known.
            let issued = l.issuedDate.map(VietnameseFormat.isoDay) ?? l.issued
            rows.append([l.number, l.form, l.authority, issued, d.title, config.baseURL.absolute(site.path(of: d))])
        }
        return Self.csv(rows)
    }

    /// A Frictionless Data package (https://specs.frictionlessdata.io/data-package/): every CSV
    /// with its Table Schema, licence and source, paths beside the file.
    func package() -> String {
        let licence: TemplateValue = ["name": "CC-BY-4.0", "title": .text(config.licenceName), "path": .text(config.licenceURL)]
        let resources: [TemplateValue] = datasets.map { d in
            [
                "name": .text(d.id), "path": .text(d.id + ".csv"), "title": .text(d.title), "description": .text(d.description),
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8-sig", "profile": "tabular-data-resource",
                "schema": ["fields": .list(d.fields.map { ["name": .text($0.0), "type": .text($0.1), "title": .text(Self.columnTitle($0.0, t))] })],
                "sources": d.source.isEmpty ? .empty : [["title": .text(d.source), "path": .text(orEmpty: d.sourceURL)]],
                // A statistic states no licence of ours: its source's conditions apply. Said, not left
                // out: a resource without `licenses` takes the package's (the spec's inheritance).
                "licenses": d.licensed ? [licence] : [["name": "notspecified", "title": .text(t(.dataSourceTerms) + (d.source.isEmpty ? "" : ": " + d.source)),
                                                        "path": .text(orEmpty: d.sourceURL)]],
            ]
        }
        return JSON.encode([
            "profile": "tabular-data-package", "name": .text(VietnameseText.slug(config.title)), "title": .text(config.title),
            "description": .text(t(.dataDescription)), "homepage": .text(config.baseURL.absolute(config.urlNames.dataPath)),
            "licenses": [licence], "resources": .list(resources),
        ], pretty: true) + "\n"
    }

    /// A DCAT catalogue (https://www.w3.org/TR/vocab-dcat-3/) in JSON-LD: each dataset with its
    /// CSV distribution, licence, publisher and landing page, as national open-data portals harvest.
    func catalogue() -> String {
        let home = config.baseURL.absolute(config.urlNames.dataPath)
        let publisher: TemplateValue = ["@type": "foaf:Organization", "foaf:name": .text(config.organisation.name.isEmpty ? config.title : config.organisation.name)]
        let datasets: [TemplateValue] = self.datasets.map { d in
            [
                "@id": .text(home + "#" + d.id), "@type": "dcat:Dataset", "dct:title": .text(d.title), "dct:description": .text(d.description),
                "dct:publisher": publisher, "dct:license": d.licensed ? ["@id": .text(config.licenceURL)] : .empty,
                "dct:rights": d.licensed ? .empty : .text(t(.dataSourceTerms)), "dct:language": .text(config.language),
                "dcat:landingPage": ["@id": .text(config.baseURL.absolute(d.page))],
                "dct:source": d.sourceURL.isEmpty ? .text(orEmpty: d.source) : ["@id": .text(d.sourceURL)],
                "dcat:distribution": [[
                    "@type": "dcat:Distribution", "dcat:downloadURL": ["@id": .text(home + d.id + ".csv")],
                    "dcat:mediaType": "text/csv", "dct:format": "CSV", "dct:license": d.licensed ? ["@id": .text(config.licenceURL)] : .empty,
                ]],
            ]
        }
        return JSON.encode([
            "@context": ["dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/"],
            "@id": .text(home + "catalog.jsonld"), "@type": "dcat:Catalog", "dct:title": .text(config.title),
            "dct:description": .text(t(.dataDescription)), "dct:publisher": publisher, "dct:license": ["@id": .text(config.licenceURL)],
            "foaf:homepage": ["@id": .text(home)], "dcat:dataset": .list(datasets),
        ], pretty: true) + "\n"
    }

    /// Every CSV in one ZIP, with the package that describes them.
    func zip() -> [UInt8] {
        var archive = ZipArchive()
        for d in datasets { archive.add(d.id + ".csv", Array(d.csv().utf8)) }
        archive.add("datapackage.json", Array(package().utf8))
        return archive.finished()
    }

    /// The page's context: every dataset with its file, licence and source.
    func context() -> TemplateObject {
        let names = config.urlNames
        return [
            "datasets": .list(datasets.map { d in
                [
                    "title": .text(d.title), "description": .text(d.description), "source": .text(d.source), "sourceURL": .text(d.sourceURL),
                    "csv": .text(config.baseURL.link(names.dataPath + d.id + ".csv")), "page": .text(config.baseURL.link(d.page)),
                    "illustrative": .bool(d.illustrative), "file": .text(d.id + ".csv"),
                    "licence": .text(d.licensed ? config.licenceName : t(.dataSourceTerms)), "licensed": .bool(d.licensed),
                ]
            }),
            "package": .text(config.baseURL.link(names.dataPath + "datapackage.json")),
            "catalogue": .text(config.baseURL.link(names.dataPath + "catalog.jsonld")),
            "zip": .text(config.baseURL.link(names.dataPath + OpenData.zipName)),
            "licence": .texts(["name": config.licenceName, "url": config.licenceURL]),
        ]
    }

    static let zipName = "du-lieu-nang-suat.zip"

    /// A column's title in the site's words, for people reading the package.
    static func columnTitle(_ name: String, _ t: Interface) -> String {
        let keys: [String: Interface.Key] = ["period": .tableYear, "value": .tableValue, "cumulative": .tableCumulative, "status": .tableKind,
                                             "note": .tableNote, "unit": .unit, "source": .dataSourceColumn]
        return keys[name].map { t($0) } ?? name
    }
}
