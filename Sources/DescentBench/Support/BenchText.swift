import DescentText

/// How the benchmark reports write numbers and columns: fixed decimals through the C
/// library's `printf` (``PrintfNumber``), so a figure reads the same on every machine, and
/// names padded to a column.
public enum BenchText {
    /// `value` with `digits` decimals (`%.{digits}f`), right-aligned in `width` characters.
    public static func fixed(_ value: Double, _ digits: Int, width: Int = 0) -> String {
        aligned(PrintfNumber.format(value, precision: digits, .fixed), width: width)
    }

    /// `value` to `digits` significant digits (`%.{digits}g`).
    public static func significant(_ value: Double, _ digits: Int) -> String {
        PrintfNumber.format(value, precision: digits, .general)
    }

    /// `text` cut or padded with spaces on the right to exactly `width` characters.
    public static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    /// `value` with zeros on the left to at least `width` digits (`7` → `007`).
    public static func zeroPadded(_ value: some BinaryInteger, width: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `text` with spaces on the left to at least `width` characters.
    public static func aligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
