import DescentText

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
        embedded.map { SiteAsset(path: $0.name, contents: Data(hexadecimal: $0.hex)) }
    }
}

extension Data {
    /// The bytes spelled by pairs of hexadecimal digits in `text`; anything else (the literal's
    /// line breaks and indentation) is skipped. The literal is generated, and `MathFontTests`
    /// checks that it decodes to the committed files. Every site render decodes about 450 KB of
    /// digits, so the loop reads the literal's UTF-8 in place into preallocated bytes, one table
    /// lookup per character.
    fileprivate init(hexadecimal text: String) {
        var text = text
        self.init(text.withUTF8(Self.bytes(hexadecimal:)))
    }

    private static func bytes(hexadecimal digits: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        hexadecimalValues.withUnsafeBufferPointer { values in
            [UInt8](unsafeUninitializedCapacity: digits.count / 2) { bytes, count in
                // Two digits at a time; a skipped character between a pair's digits (which the
                // generated literal never has) is handled by looking for the low digit.
                var index = 0
                while index + 1 < digits.count {
                    let high = values[Int(digits[index])]
                    if high > 15 {
                        index += 1
                        continue
                    }
                    var lowIndex = index + 1
                    while lowIndex < digits.count, values[Int(digits[lowIndex])] > 15 { lowIndex += 1 }
                    guard lowIndex < digits.count else { break }
                    bytes[count] = high << 4 | values[Int(digits[lowIndex])]
                    count += 1
                    index = lowIndex + 1
                }
            }
        }
    }

    /// The value of each byte as a lower-case hexadecimal digit, 255 for every other byte: one
    /// load per character instead of two range tests.
    private static let hexadecimalValues: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        default: 255
        }
    }
}
