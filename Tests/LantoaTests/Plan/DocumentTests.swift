import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Legal documents with the metadata Decree 42/2022 asks for.
@Suite("Legal documents")
struct DocumentTests {
    static let documents = """
    -- content/documents/qd-36.md --
    ---
    title: Quyết định về Kế hoạch tổng thể
    form: Quyết định
    authority: Thủ tướng Chính phủ
    number: 36/QĐ-TTg
    issued: 2021-01-11
    summary: Kế hoạch tổng thể.
    url: https://vanban.chinhphu.vn/
    ---
    -- content/documents/ke-hoach.md --
    ---
    title: Kế hoạch của tỉnh
    form: Kế hoạch
    authority: Ủy ban nhân dân tỉnh
    issued: 2021
    file: /media/ke-hoach.txt
    ---
    -- content/media/ke-hoach.txt --
    \(String(repeating: "Nội dung kế hoạch. ", count: 200))
    """

    @Test("the list, the pages by form and authority, and each document's metadata with its download type and size")
    func pages() throws {
        let site = try TestSite(Self.documents)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let list = try #require(build.file("van-ban/index.html"))
        #expect(list.contains("36/QĐ-TTg") && list.contains("11/01/2021") && list.contains("năm 2021"))
        #expect(try #require(build.file("van-ban/loai/quyet-dinh/index.html")).contains("36/QĐ-TTg"))
        #expect(!(try #require(build.file("van-ban/loai/quyet-dinh/index.html")).contains("Kế hoạch của tỉnh")))
        #expect(build.file("van-ban/co-quan/uy-ban-nhan-dan-tinh/index.html") != nil)
        let page = try #require(build.file("van-ban/ke-hoach/index.html"))
        #expect(page.contains("<a href=\"/media/ke-hoach.txt\" download>Tải văn bản</a> (TXT, 5 KB)"))
        #expect(try #require(build.file("van-ban/qd-36/index.html")).contains("href=\"https://vanban.chinhphu.vn/\""))
    }

    @Test("a document whose local file is missing is an error at its line")
    func missingFile() throws {
        let site = try TestSite(Self.documents.replacingOccurrences(of: "file: /media/ke-hoach.txt", with: "file: /media/khong-co.pdf"))
        defer { site.remove() }
        #expect(site.build().messages == ["content/documents/ke-hoach.md:6:7: error: the file \"/media/khong-co.pdf\" is not in content/media/"])
    }
}
