/// Muted sequential colours for the bands of a filled contour map, light and dark.
///
/// The band of lowest values takes nearly the page's own colour and each band above it a step
/// further from the page (darker, slate-blue, on a light page; lighter on a dark one), so the
/// valley floor reads as "open ground" in both themes. The whole ramp stays within about 1.7:1
/// of the page: the bands tint the plot without competing with the paths drawn over them, which
/// keep their contrast through a halo of page colour around every line.
public enum ContourFillPalette {
    /// The lowest and highest band colours on a light page.
    public static let lightEnds = (low: Color(hex: 0xF7F5EF), high: Color(hex: 0xBFCBDA))
    /// The lowest and highest band colours on a dark page.
    public static let darkEnds = (low: Color(hex: 0x1B1E24), high: Color(hex: 0x3A4657))

    /// The light colour of band `index` of `count`, from lowest values (0) to highest.
    public static func light(_ index: Int, of count: Int) -> Color {
        lightEnds.low.mixed(with: lightEnds.high, by: position(index, count))
    }

    /// The dark-theme colour of band `index` of `count`.
    public static func dark(_ index: Int, of count: Int) -> Color {
        darkEnds.low.mixed(with: darkEnds.high, by: position(index, count))
    }

    private static func position(_ index: Int, _ count: Int) -> Double {
        count <= 1 ? 0 : Double(index) / Double(count - 1)
    }
}
