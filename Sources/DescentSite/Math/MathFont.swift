import Foundation

/// The OpenType math font every site carries, so formulas look the same whatever fonts the
/// reader has: Descent Math, a subset of Latin Modern Math (GUST Font License), made by
/// `scripts/math-font.py` and kept in `Resources/MathFont` with its licence and a note on
/// what was changed. The stylesheet's `@font-face` (`Stylesheet.math`) names it.
public enum MathFont {
    /// The CSS font family.
    public static let family = "Descent Math"
    /// The font's file name in the output directory, beside `style.css`.
    public static let fileName = "descent-math.woff2"
    /// The files that travel with the font: the font, its licence, and the note on its origin.
    static let fileNames = [fileName, "GUST-FONT-LICENSE.txt", "README-Descent-Math.txt"]

    /// The font and its licence files, read from DescentSite's resource bundle
    /// (`Descent_DescentSite.resources`, which SwiftPM puts beside the built `descent`; a copied
    /// binary needs it beside it too). A file missing from the bundle is left out, and browsers
    /// then fall back to the reader's math fonts. Read on each use (about 200 KB, once per
    /// site render) rather than kept in a global for the life of the process.
    public static var files: [SiteAsset] {
        fileNames.compactMap { name in
            let url = Bundle.module.resourceURL?.appendingPathComponent("MathFont/\(name)")
            return url.flatMap { try? Data(contentsOf: $0) }.map { SiteAsset(path: name, contents: $0) }
        }
    }
}
