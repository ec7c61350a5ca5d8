/// Dates and numbers the way Vietnamese readers and official documents write them.
public enum VietnameseFormat {
    /// A number and its per cent sign kept on one line in text someone typed ("trên 7 %/năm"):
    /// the space between a digit and `%` becomes a no-break space, as in the figures the
    /// portal writes itself.
    public static func keepingPercent(_ text: String) -> String {
        guard text.contains(" %") else { return text }
        var out = ""
        var previous: Character = " "
        var pending = false
        for c in text {
            if pending {
                out.append(c == "%" ? "\u{00A0}" : " ")
                pending = false
            }
            if c == " " && previous.isNumber { pending = true } else { out.append(c) }
            previous = c
        }
        if pending { out.append(" ") }
        return out
    }

    /// `27/11/2026`.
    public static func shortDate(_ d: DateTime) -> String {
        "\(pad(d.day))/\(pad(d.month))/\(year(d))"
    }

    /// `ngày 05 tháng 3 năm 2026`: the day padded below 10, the month padded only for 1 and 2
    /// (the official form, so that a month cannot be altered by writing a digit before it).
    public static func longDate(_ d: DateTime) -> String {
        let month = d.month <= 2 ? pad(d.month) : String(d.month)
        return "ngày \(pad(d.day)) tháng \(month) năm \(d.year)"
    }

    /// `tháng 11/2026`.
    public static func monthYear(_ d: DateTime) -> String { "tháng \(d.month)/\(d.year)" }

    /// ISO 8601 with the written offset: `2026-11-27T08:30:00+07:00`.
    public static func iso8601(_ d: DateTime) -> String {
        "\(year(d))-\(pad(d.month))-\(pad(d.day))T\(pad(d.hour)):\(pad(d.minute)):\(pad(d.second))\(offset(d, separator: ":"))"
    }

    /// As an author writes it in `date:`: `2026-12-08 08:00`, the seconds when there are some,
    /// the offset when it is not Vietnam's (`2026-12-08 08:00 +09:00`).
    public static func written(_ d: DateTime) -> String {
        isoDay(d) + " \(pad(d.hour)):\(pad(d.minute))" + (d.second == 0 ? "" : ":\(pad(d.second))")
            + (d.offsetMinutes == DateTime.vietnamOffset ? "" : " " + offset(d, separator: ":"))
    }

    /// RFC 822 as RSS wants it: `Fri, 27 Nov 2026 08:30:00 +0700`.
    public static func rfc822(_ d: DateTime) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[d.weekday]), \(pad(d.day)) \(months[d.month - 1]) \(year(d)) \(pad(d.hour)):\(pad(d.minute)):\(pad(d.second)) \(offset(d, separator: ""))"
    }

    /// The largest magnitude a figure may have: beyond it a Double no longer holds every whole
    /// number exactly, and no indicator of a province comes near it. Readers reject larger
    /// figures at their line (`isFigure`); formatting never traps on one.
    public static let largestFigure = 1e15

    /// Whether `value` can be shown: finite and below `largestFigure`.
    public static func isFigure(_ value: Double) -> Bool { value.isFinite && abs(value) < largestFigure }

    /// `1.234,5`: thousands dot, decimal comma, at most `decimals` decimals with trailing zeros kept.
    public static func number(_ value: Double, decimals: Int = 0, style: NumberStyle = .vietnamese) -> String {
        let decimals = min(max(decimals, 0), 6)
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "−∞" : "∞") }
        let negative = value < 0
        var scaled = abs(value)
        for _ in 0..<decimals { scaled *= 10 }
        // Beyond what an Int64 holds the figure is shown without its decimals, never trapped on.
        guard scaled.rounded() < 9.2e18 else { return (negative ? "−" : "") + group(String(format: "%.0f", abs(value)), by: style.group) }
        let rounded = Int64(scaled.rounded())
        var divisor: Int64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        var grouped = group(String(rounded / divisor), by: style.group)
        if decimals > 0 {
            var fraction = String(rounded % divisor)
            while fraction.count < decimals { fraction = "0" + fraction }
            grouped += style.decimal + fraction
        }
        return (negative && rounded != 0 ? "−" : "") + grouped
    }

    /// `1234567` → `1.234.567`.
    private static func group(_ whole: String, by separator: String) -> String {
        var grouped = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped += separator }
            grouped.append(c)
        }
        return grouped
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// The day as ISO 8601 writes it: `2026-03-05`.
    static func isoDay(_ d: DateTime) -> String { "\(year(d))-\(pad(d.month))-\(pad(d.day))" }

    /// A year in four digits, as ISO 8601 and RFC 822 require (`0945`).
    static func year(_ d: DateTime) -> String {
        let y = String(d.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y
    }

    private static func offset(_ d: DateTime, separator: String) -> String {
        let sign = d.offsetMinutes < 0 ? "-" : "+"
        let m = abs(d.offsetMinutes)
        return "\(sign)\(pad(m / 60))\(separator)\(pad(m % 60))"
    }
}

/// How a language writes numbers: `1.234,5` in Vietnamese, `1,234.5` in English
/// (`number_decimal` and `number_group` in `templates/i18n/<language>.yml`).
public struct NumberStyle: Sendable, Equatable {
    public var decimal: String
    public var group: String
    public static let vietnamese = NumberStyle(decimal: ",", group: ".")
}
