import Foundation
import Lantoa

// libFuzzer's two entry points. One executable serves every reader: LANTOA_FUZZ_TARGET names
// the one this process feeds (see FuzzTarget.all), so the slow sanitized link happens once.

/// The target this process feeds, chosen once before the first input.
nonisolated(unsafe) private var selected: FuzzTarget?

/// Called by libFuzzer once, before any input: picks the target from the environment and, with
/// LANTOA_FUZZ_PREPARE=DIR, writes its seeds and dictionary into DIR and exits.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    let name = environment["LANTOA_FUZZ_TARGET"] ?? ""
    if name == "list" {
        let lines = FuzzTarget.all.map { "\($0.name)\t\($0.summary)\n" }.joined()
        FileHandle.standardOutput.write(Data(lines.utf8))
        exit(0)
    }
    guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
        FileHandle.standardError.write(Data("lantoa-fuzz: set LANTOA_FUZZ_TARGET to one of: \(names) (got \"\(name)\")\n".utf8))
        exit(2)
    }
    if let folder = environment["LANTOA_FUZZ_PREPARE"] {
        do {
            try target.prepare(in: URL(fileURLWithPath: folder))
        } catch {
            FileHandle.standardError.write(Data("lantoa-fuzz: cannot write the seeds of \(name) into \(folder): \(error)\n".utf8))
            exit(1)
        }
        exit(0)
    }
    target.setUp()
    selected = target
    return 0
}

/// Called by libFuzzer for every input. Never returns non-zero: a finding is a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let selected else { return 0 }
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    if selected.skip(bytes) { return -1 } // keeps a known-crash input out of the corpus
    selected.run(bytes)
    return 0
}
