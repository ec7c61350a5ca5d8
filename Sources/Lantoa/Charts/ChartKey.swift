/// Texts a chart's plot had no room for, listed under the plot instead of being dropped: a
/// target's label after a sample of its dashed line, a series' name after its marker, a note.
/// The renderer draws a chart, collects what the placer could not fit, and draws it again on a
/// canvas that leaves room for this key (taller, or at a fixed frame, a shorter plot).
struct ChartKey: Equatable {
    enum Mark: Equatable { case target, series(Int), none }

    struct Entry: Equatable {
        var text: String
        var mark: Mark
    }

    var entries: [Entry] = []

    static let lineHeight = 16.0, markWidth = 22.0

    var isEmpty: Bool { entries.isEmpty }

    func contains(_ text: String) -> Bool { entries.contains { $0.text == text } }

    /// Charts with no free corner for it (breakdowns, small multiples) say "Số liệu minh họa" in their key.
    static func illustrativeNote(_ stats: IndicatorStatistics) -> [Entry] {
        stats.indicator.illustrative ? [Entry(text: stats.words(.chartIllustrativeLabel), mark: .none)] : []
    }

    /// Each entry wrapped to `width`: never cut, a long one takes more lines.
    func lines(width: Double) -> [(entry: Entry, text: String, first: Bool)] {
        entries.flatMap { entry in
            let bold = entry.mark != .none
            return TextMeasure.lines(entry.text, width: width - Self.markWidth, size: ChartStyle.labelSize, bold: bold)
                .enumerated().map { (entry, $0.element, $0.offset == 0) }
        }
    }

    /// The markup of the key, its first line's baseline at `top`, its left edge at `left`.
    func markup(left: Double, top: Double, width: Double) -> String {
        var w = SVGWriter()
        for (k, line) in lines(width: width).enumerated() {
            let y = top + Double(k) * Self.lineHeight
            if line.first {
                switch line.entry.mark {
                case .target:
                    w.element("line", [("class", "c-target"), ("x1", n(left)), ("x2", n(left + 16)), ("y1", n(y - 4)), ("y2", n(y - 4))])
                case .series(let s):
                    w.element("line", [("class", "c-series c-s\(s + 1)"), ("x1", n(left)), ("x2", n(left + 16)), ("y1", n(y - 4)), ("y2", n(y - 4))])
                    SeriesStyle.marker(s, x: left + 8, y: y - 4, into: &w)
                case .none: break
                }
            }
            let className = switch line.entry.mark {
            case .target: "c-target-text"
            case .series(let s): "c-value c-t\(s + 1)"
            case .none: "c-note"
            }
            w.text(line.text, x: left + Self.markWidth, y: y, className: className)
        }
        return w.markup
    }
}

/// What a chart's body drew, and the texts it had to leave for the key.
struct ChartDrawing {
    var markup: String
    var missing: [ChartKey.Entry] = []
}
