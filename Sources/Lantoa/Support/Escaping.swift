extension String {
    /// Appends `text`, each byte that `replacement` names written as it says. Most text has none
    /// and is appended whole; otherwise the runs between them are (bytes are scanned, no
    /// character is decoded: the bytes replaced are ASCII). XML and JSON escaping both use it.
    @inline(__always)
    mutating func append(_ text: String, replacing replacement: (UInt8) -> String?) {
        var probe = text
        let utf8 = text.utf8
        let whole = probe.withUTF8 { bytes -> Bool in
            var run = 0
            for i in 0..<bytes.count {
                guard let replaced = replacement(bytes[i]) else { continue }
                if run < i { self += text[utf8.index(utf8.startIndex, offsetBy: run)..<utf8.index(utf8.startIndex, offsetBy: i)] }
                self += replaced
                run = i + 1
            }
            if run == 0 { return true }
            if run < bytes.count { self += text[utf8.index(utf8.startIndex, offsetBy: run)...] }
            return false
        }
        if whole { self += text }
    }
}
