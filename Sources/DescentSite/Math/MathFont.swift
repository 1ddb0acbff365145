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
    /// digits, so the loop reads the literal's UTF-8 in place into preallocated bytes, sixteen
    /// digits at a time where a line has that many (`HexadecimalBlock`), else one table lookup
    /// per character.
    fileprivate init(hexadecimal text: String) {
        var text = text
        self.init(text.withUTF8(Self.bytes(hexadecimal:)))
    }

    private static func bytes(hexadecimal digits: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        hexadecimalValues.withUnsafeBufferPointer { values in
            [UInt8](unsafeUninitializedCapacity: digits.count / 2) { bytes, count in
                var index = 0
                while index + 1 < digits.count {
                    if index + 16 <= digits.count, let block = HexadecimalBlock(digits, at: index) {
                        UnsafeMutableRawPointer(bytes.baseAddress! + count).storeBytes(
                            of: block.bytes.littleEndian, as: UInt64.self)
                        count += 8
                        index += 16
                        continue
                    }
                    // One pair; a skipped character between a pair's digits (which the
                    // generated literal never has) is handled by looking for the low digit.
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

/// Sixteen lower-case hexadecimal digits decoded as eight bytes, eight digits per 64-bit word
/// at once (SWAR): each byte is checked to be a digit with two range tests done on all eight
/// together, turned into its value, and the values packed in pairs.
private struct HexadecimalBlock {
    /// The eight bytes, the first in the lowest bits.
    let bytes: UInt64

    /// The block at `digits[index..<index + 16]`, or nil if any of them is not a digit.
    @inline(__always)
    init?(_ digits: UnsafeBufferPointer<UInt8>, at index: Int) {
        let raw = UnsafeRawPointer(digits.baseAddress! + index)
        guard let first = Self.packed(UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))),
            let second = Self.packed(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        else { return nil }
        bytes = first | second << 32
    }

    /// The four bytes spelled by the eight digits in `word` (the first in the lowest byte), or
    /// nil if any byte is not one of `0`–`9`, `a`–`f`.
    @inline(__always)
    private static func packed(_ word: UInt64) -> UInt64? {
        // For bytes below 0x80, adding 0x80 − c sets a byte's high bit exactly when it is at
        // least c, and adding 0x7F − c when it is above c; no sum carries into the next byte.
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let atLeastZero = word &+ 0x5050_5050_5050_5050
        let aboveNine = word &+ 0x4646_4646_4646_4646
        let atLeastA = word &+ 0x1F1F_1F1F_1F1F_1F1F
        let aboveF = word &+ 0x1919_1919_1919_1919
        let isDigitOrLetter = (atLeastZero & ~aboveNine) | (atLeastA & ~aboveF)
        guard word & highBits == 0, isDigitOrLetter & highBits == highBits else { return nil }
        // A digit's value is its low four bits; a letter's (bit 6 set) those plus 9.
        let values = (word & 0x0F0F_0F0F_0F0F_0F0F) + ((word >> 6) & 0x0101_0101_0101_0101) * 9
        // Pairs of values into bytes (high digit first), then the four bytes side by side.
        var pairs = ((values & 0x00FF_00FF_00FF_00FF) << 4) | ((values >> 8) & 0x00FF_00FF_00FF_00FF)
        pairs = (pairs | (pairs >> 8)) & 0x0000_FFFF_0000_FFFF
        return (pairs | (pairs >> 16)) & 0xFFFF_FFFF
    }
}
