import Foundation

/// The OpenType math font every site carries, so formulas look the same whatever fonts the
/// reader has: Descent Math, a subset of Latin Modern Math (GUST Font License), made by
/// `scripts/math-font.py` and kept in `Resources/MathFont` with its licence and a note on
/// what was changed, and embedded in the binary from there. The stylesheet's `@font-face` (`Stylesheet.math`) names it.
public enum MathFont {
    /// The CSS font family.
    public static let family = "Descent Math"
    /// The font's file name in the output directory, beside `style.css`.
    public static let fileName = "descent-math.woff2"
    /// The files that travel with the font: the font, its licence, and the note on its origin.
    static let fileNames = [fileName, "GUST-FONT-LICENSE.txt", "README-Descent-Math.txt"]

    /// The font and its licence files, embedded in the binary (`MathFontFiles.swift`, made
    /// from `Resources/MathFont` by `scripts/embed-math-font.py`), so a `descent` copied
    /// anywhere writes the same site. Decoded on each use (about 200 KB, once per site render)
    /// rather than kept in a global for the life of the process.
    public static var files: [SiteAsset] {
        embedded.map { file in
            // The literal is generated and checked by `MathFontTests`: it always decodes.
            let bytes = Data(base64Encoded: file.base64, options: .ignoreUnknownCharacters) ?? Data()
            return SiteAsset(path: file.name, contents: bytes)
        }
    }
}
