/// How wide a text is, from the advance widths of Noto Sans (`FontMetrics`), the font charts name
/// first. Another font on a reader's machine differs by a few per cent: `LabelPlacer` keeps a margin.
enum TextMeasure {
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        let table = bold ? FontMetrics.bold : FontMetrics.regular
        var total = 0
        for scalar in text.unicodeScalars {
            // Combining marks (text is NFC, so rare) take no room of their own.
            if (0x300...0x36F).contains(scalar.value) { continue }
            total += Int(table[scalar.value] ?? 600)
        }
        return Double(total) * size / 1000
    }

    /// Splits `text` into lines no wider than `width` at `size`, at spaces; a word longer than
    /// the line stands on a line of its own. Nothing is cut: a long title takes more lines.
    static func lines(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && Self.width(candidate, size: size, bold: bold) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `lines` at the narrowest width that needs no more of them: lines about as long as each
    /// other, as news graphics set a title, and no last line of one short word ("7 %/năm" alone).
    static func balancedLines(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        let greedy = lines(text, width: width, size: size, bold: bold)
        guard greedy.count > 1 else { return greedy }
        var (low, high) = (0.0, width)
        for _ in 0..<12 {
            let middle = (low + high) / 2
            if lines(text, width: middle, size: size, bold: bold).count <= greedy.count { high = middle } else { low = middle }
        }
        return lines(text, width: high, size: size, bold: bold)
    }
}

/// An axis-aligned rectangle in SVG units.
struct Area: Equatable {
    var x: Double, y: Double, width: Double, height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func intersects(_ o: Area) -> Bool { x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY }

    func contains(_ o: Area) -> Bool { o.x >= x && o.maxX <= maxX && o.y >= y && o.maxY <= maxY }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
    func crossed(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return false }; t0 = max(t0, r) } else { if r < t0 { return false }; t1 = min(t1, r) }
            }
        }
        return t0 <= t1
    }
}

/// Places a chart's texts so that none overlaps another text, a bar, a marker, a data line or a
/// target line: each label tries its candidate positions in order and takes the first that is
/// free and inside the drawing. Geometry is registered first, then labels, most important first.
struct LabelPlacer {
    enum Anchor: String { case start, middle, end }

    /// A position for a label: its baseline point and how the text hangs from it.
    struct Spot { var x: Double; var y: Double; var anchor: Anchor }

    /// The area labels must stay inside.
    let bounds: Area
    private(set) var boxes: [Area] = []
    private(set) var segments: [((x: Double, y: Double), (x: Double, y: Double))] = []

    init(bounds: Area) { self.bounds = bounds }

    /// The box a text covers: from a little above its x-height to a little below its baseline,
    /// with room to spare for a wider fallback font.
    static func box(_ text: String, at spot: Spot, size: Double, bold: Bool) -> Area {
        let width = TextMeasure.width(text, size: size, bold: bold) * 1.06 + 2
        let left = switch spot.anchor {
        case .start: spot.x - 1
        case .middle: spot.x - width / 2
        case .end: spot.x - width + 1
        }
        return Area(x: left, y: spot.y - size * 0.82, width: width, height: size * 1.08)
    }

    mutating func block(_ box: Area) { boxes.append(box) }

    mutating func block(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) { segments.append((a, b)) }

    /// Whether `box` is free and inside the drawing; a line keeps 1.5 units from a text, so that
    /// a target line never runs along the foot of a number.
    func fits(_ box: Area) -> Bool {
        let clear = Area(x: box.x - 1.5, y: box.y - 1.5, width: box.width + 3, height: box.height + 3)
        return bounds.contains(box) && !boxes.contains { $0.intersects(box) } && !segments.contains { clear.crossed(from: $0.0, to: $0.1) }
    }

    /// The first free spot among `candidates`, taken; nil when none is free.
    mutating func place(_ text: String, size: Double, bold: Bool = false, candidates: [Spot]) -> Spot? {
        for spot in candidates {
            let box = Self.box(text, at: spot, size: size, bold: bold)
            if fits(box) {
                boxes.append(box)
                return spot
            }
        }
        return nil
    }

    /// Registers a text drawn where it must be (an axis label).
    mutating func claim(_ text: String, at spot: Spot, size: Double, bold: Bool = false) {
        boxes.append(Self.box(text, at: spot, size: size, bold: bold))
    }
}
