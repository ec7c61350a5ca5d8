/// Colours and type for charts: a colour-blind-safe palette (Okabe–Ito) with at least 3:1 contrast
/// against the background, light and dark. Inline charts take the same classes from the theme's CSS.
enum ChartStyle {
    /// Noto Sans first: its metrics place the labels (`FontMetrics`), and it has every Vietnamese letter.
    static let family = "Noto Sans"
    /// Without Noto Sans, fonts no wider than it come next (Arial and its metric twin Liberation Sans,
    /// Helvetica), before the system's: a Linux system font such as DejaVu Sans is a tenth wider and
    /// would push a 16:9 title past the title-safe area.
    static let font = "text{font-family:\"\(family)\",\"Liberation Sans\",Arial,Helvetica,system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}"
    /// Every text of a chart is this size or larger: 13 px stays above 11 px down to a 330 px column.
    static let labelSize = 13.0
    static let titleSize = 16.0

    /// Styles placed inside a standalone SVG file: light only, so a file placed in a newspaper page,
    /// a slide or a video looks the same on a computer set to dark mode (charts inside the portal's
    /// pages take the theme's light and dark styles instead); for the transparent variant, light
    /// text with a dark halo that reads over video.
    static func css(transparent: Bool) -> String {
        if transparent {
            return """
            \(font).c-grid{stroke:#fff;stroke-opacity:.35;stroke-width:1}.c-axis{stroke:#fff;stroke-width:1.5}\
            .c-label,.c-source,.c-note{fill:#fff;font-size:13px}.c-value,.c-title{fill:#fff;font-weight:700}\
            .c-value{font-size:13px}.c-title{font-size:16px}\
            .c-label,.c-source,.c-note,.c-value,.c-title,.c-target-text{paint-order:stroke;stroke:#000;stroke-width:3px;stroke-linejoin:round}\
            .c-series{fill:none;stroke:#56b4e9;stroke-width:3.5}.c-marker{fill:#56b4e9;stroke:#000;stroke-width:1.5}.c-bar{fill:#56b4e9}\
            .c-target{stroke:#e69f00;stroke-width:2.5;stroke-dasharray:6 4;fill:none}.c-target-text{fill:#f0b429;font-size:13px;font-weight:700}\
            .c-band{fill:#e69f00;fill-opacity:.25}.c-break{stroke:#fff;stroke-width:1.5;stroke-dasharray:2 3}.c-illustrative{stroke-dasharray:7 4}\
            .c-s2{stroke:#3dd6a3}.c-s3{stroke:#e8a6cf}.c-s4{stroke:#c8c8c8}.c-t1{fill:#56b4e9}.c-t2{fill:#3dd6a3}.c-t3{fill:#e8a6cf}.c-t4{fill:#c8c8c8}.c-m1{fill:#56b4e9}.c-m2{fill:#3dd6a3}.c-m3{fill:#e8a6cf}.c-m4{fill:#c8c8c8}\
            .c-marker.c-provisional{fill:none;stroke:#56b4e9;stroke-width:2.5}.c-bar.c-provisional{fill-opacity:.45}
            """
        }
        return """
        \(font).c-bg{fill:#fff}.c-grid{stroke:#d0d4d6;stroke-width:1}.c-axis{stroke:#505a5f;stroke-width:1.5}\
        .c-label{fill:#383f43;font-size:13px}.c-value{fill:#0b0c0c;font-size:13px;font-weight:700}\
        .c-title{fill:#0b0c0c;font-size:16px;font-weight:700}.c-source,.c-note{fill:#383f43;font-size:13px}\
        .c-series{fill:none;stroke:#0072b2;stroke-width:3}.c-marker{fill:#0072b2;stroke:#fff;stroke-width:1.5}\
        .c-bar{fill:#0072b2}.c-target{stroke:#d55e00;stroke-width:2;stroke-dasharray:6 4;fill:none}\
        .c-target-text{fill:#a04000;font-size:13px;font-weight:700}.c-band{fill:#d55e00;fill-opacity:.14}\
        .c-break{stroke:#505a5f;stroke-width:1.5;stroke-dasharray:2 3}.c-illustrative{stroke-dasharray:7 4}\
        .c-value,.c-target-text,.c-note{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}\
        .c-s2{stroke:#007a5e}.c-s3{stroke:#a8508a}.c-s4{stroke:#5c5c5c}.c-m1{fill:#0072b2}.c-m2{fill:#007a5e}.c-m3{fill:#a8508a}.c-m4{fill:#5c5c5c}\
        .c-t1{fill:#005a8c}.c-t2{fill:#006048}.c-t3{fill:#8c3f72}.c-t4{fill:#404040}\
        .c-marker.c-provisional{fill:#fff;stroke:#0072b2;stroke-width:2}.c-bar.c-provisional{fill-opacity:.45}
        """
    }
}
