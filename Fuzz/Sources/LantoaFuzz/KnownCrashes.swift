/// Inputs of crash classes already reported in FUZZ-FINDINGS.md and being fixed in main, kept
/// from the fuzzer so that it goes on looking for new ones instead of finding these again.
/// Each filter is marked; remove it (and its use) once its crash is fixed.
enum KnownCrashes {
    // KNOWN CRASH, issue 14: remove when fixed. FUZZ-FINDINGS.md, finding 1: a ```table cell
    // holding a number of 19 or more digits (or with 19 or more decimals) traps in
    // VietnameseFormat.number. Filtered loosely: an input mentioning `table` with a run of 16 or
    // more digits among `.`, `,`, spaces and no-break spaces (which DecimalStyle.parse skips).
    static func bigNumberInTable(_ bytes: [UInt8]) -> Bool {
        guard contains(bytes, Array("table".utf8)) else { return false }
        var digits = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits >= 16 { return true }
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                i += 1
            } else if b != 0x2E && b != 0x2C && b != 0x20 {
                digits = 0
            }
            i += 1
        }
        return false
    }

    // KNOWN CRASH, issue 14: remove when fixed. FUZZ-FINDINGS.md, finding 3: inside
    // `{{<parent}}`, an override `{{$a}}` holding a block `{{$a}}` (or `{{$a}}` holding `{{$b}}`
    // while `{{$b}}` holds `{{$a}}`) recurses until the stack overflows. Filtered loosely, as
    // delimiters may change: an input where some `$name` is written twice.
    static func repeatedBlockName(_ bytes: [UInt8]) -> Bool {
        var seen: Set<ArraySlice<UInt8>> = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x24 else { i += 1; continue } // "$"
            var start = i + 1
            while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            var end = start
            while end < bytes.count && bytes[end] > 0x20 && !"{}<>=$!#^/&%".utf8.contains(bytes[end]) { end += 1 }
            if end > start && !seen.insert(bytes[start..<end]).inserted { return true }
            i = max(end, i + 1)
        }
        return false
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
