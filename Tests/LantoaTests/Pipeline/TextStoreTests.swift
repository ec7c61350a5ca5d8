import Foundation
import Testing
@testable import Lantoa

@Suite("Keeping texts on disk")
struct TextStoreTests {
    @Test("texts kept from every core read back the same, whether written out or still in the buffer, and the store leaves no file behind")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(TextStore(folder: folder))
        // About 1.6 MB: the first mebibyte is written to disk, the rest is still in the buffer.
        let texts = (0..<2_000).map { k in
            k % 97 == 0 ? "" : String(repeating: "Nâng cao năng suất \(k) — Đắk Lắk ✓ ", count: k % 40 + 1)
        }
        let kept = Parallel.map(texts) { store.keep($0) }
        for k in texts.indices.reversed() {
            #expect(kept[k].string == texts[k])
        }
        // Read from several threads at once.
        let again = Parallel.map(Array(texts.indices)) { kept[$0].string }
        #expect(again == texts)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("without a folder to keep them in, texts stay in memory")
    func noFolder() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-no-such-folder-\(UUID().uuidString)")
        let store = TextStore(folder: missing)
        #expect(store == nil)
        #expect(store.keep("Tin tức").string == "Tin tức")
    }
}
