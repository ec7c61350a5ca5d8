/// A date and time as the author wrote it, with its UTC offset (Vietnam time, +07:00, when none is given).
///
/// Kept as written rather than converted, so pages and feeds show the author's calendar day.
public struct DateTime: Hashable, Sendable, Comparable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int
    /// Minutes east of UTC.
    public var offsetMinutes: Int

    public static let vietnamOffset = 7 * 60

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetMinutes: Int = DateTime.vietnamOffset) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
        self.offsetMinutes = offsetMinutes
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int {
        let days = Self.daysFromCivil(year, month, day)
        return days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
    }

    /// The moment `epochSeconds` seen in Vietnam time.
    public init(epochSeconds: Int, offsetMinutes: Int = DateTime.vietnamOffset) {
        let local = epochSeconds + offsetMinutes * 60
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        let (y, m, d) = Self.civilFromDays(days)
        self.init(year: y, month: m, day: d, hour: secs / 3_600, minute: secs % 3_600 / 60, second: secs % 60, offsetMinutes: offsetMinutes)
    }

    public static func < (a: DateTime, b: DateTime) -> Bool { a.epochSeconds < b.epochSeconds }

    /// Whether the day exists in the Gregorian calendar.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Sunday.
    var weekday: Int { ((Self.daysFromCivil(year, month, day) % 7) + 11) % 7 }
}

extension DateTime {
    /// Parses `2026-11-27`, `2026-11-27 08:30`, `2026-11-27T08:30:00`, with an optional `Z` or `±HH:MM`.
    public init?(parsing text: String) {
        let s = Array(text.trimmingCharacters(in: " \t").utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var n = 0
            for i in range {
                guard s[i] >= 48, s[i] <= 57 else { return nil }
                n = n * 10 + Int(s[i] - 48)
            }
            return n
        }
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
              let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              Self.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
        var i = 10
        if i < s.count, s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: " ") {
            guard let h = number(i + 1..<i + 3), i + 3 < s.count, s[i + 3] == UInt8(ascii: ":"),
                  let mi = number(i + 4..<i + 6), h < 24, mi < 60 else { return nil }
            (hour, minute) = (h, mi)
            i += 6
            if i < s.count, s[i] == UInt8(ascii: ":") {
                guard let sec = number(i + 1..<i + 3), sec < 60 else { return nil }
                second = sec
                i += 3
                // Fractions of a second are accepted and dropped.
                if i < s.count, s[i] == UInt8(ascii: ".") {
                    i += 1
                    while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
                }
            }
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            if i < s.count {
                if s[i] == UInt8(ascii: "Z") && i + 1 == s.count {
                    offsetMinutes = 0
                    i += 1
                } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"),
                          let oh = number(i + 1..<i + 3) {
                    var j = i + 3
                    if j < s.count, s[j] == UInt8(ascii: ":") { j += 1 }
                    guard let om = number(j..<j + 2), oh <= 14, om < 60 else { return nil }
                    offsetMinutes = (oh * 60 + om) * (s[i] == UInt8(ascii: "-") ? -1 : 1)
                    i = j + 2
                }
            }
        }
        guard i == s.count else { return nil }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}

/// A moment as bytes, for what a build keeps for the next (see `ByteWriter`).
extension ByteWriter {
    mutating func write(_ t: DateTime) {
        for n in [t.year, t.month, t.day, t.hour, t.minute, t.second, t.offsetMinutes] { write(n) }
    }

    mutating func write(_ t: DateTime?) {
        write(t != nil)
        if let t { write(t) }
    }
}

extension ByteReader {
    mutating func dateTime() throws -> DateTime {
        DateTime(year: try int(), month: try int(), day: try int(), hour: try int(), minute: try int(), second: try int(), offsetMinutes: try int())
    }
}
