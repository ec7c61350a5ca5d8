/// A linear scale from data values to drawing coordinates, with "nice" tick steps (1, 2, 2.5, 5 × 10ⁿ).
struct Scale {
    let domain: (low: Double, high: Double)
    let range: (low: Double, high: Double)
    let ticks: [Double]
    /// Decimals needed to print every tick.
    let tickDecimals: Int

    /// A scale covering `values`, widened to nice round ticks; `includeZero` keeps the baseline at 0.
    init(covering values: [Double], range: (Double, Double), includeZero: Bool, tickCount: Int = 5, integer: Bool = false) {
        var low = values.min() ?? 0, high = values.max() ?? 1
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if low == high { high = low + 1 }
        // Counts (enterprises, clubs) never get ticks between whole numbers.
        let raw = Self.niceStep((high - low) / Double(max(1, tickCount - 1)))
        let step = integer ? max(1, raw.rounded(.up)) : raw
        let niceLow = (low / step).rounded(.down) * step
        let niceHigh = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var t = niceLow
        while t <= niceHigh + step / 2 {
            ticks.append(abs(t) < step / 1e6 ? 0 : t)
            t += step
        }
        self.domain = (niceLow, niceHigh)
        self.range = range
        self.ticks = ticks
        var decimals = 0
        while decimals < 4, abs((step * pow10(decimals)).rounded() - step * pow10(decimals)) > 1e-9 { decimals += 1 }
        tickDecimals = decimals
    }

    func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - domain.low) / (domain.high - domain.low)
        return range.low + fraction * (range.high - range.low)
    }

    /// The smallest of 1, 2, 2.5, 5 × 10ⁿ at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * factor >= raw - 1e-12 { return magnitude * factor }
        return magnitude * 10
    }
}

private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { x, _ in x * 10 } }
