/// Text as a JSON string literal: the one escaper for everything Descent prints as JSON
/// (`descent run --format json`, `--diagnostics json`).
public enum JSONEscaping {
    /// `text` quoted, with `"`, `\` and control characters escaped (`\n`, `\r`, `\t`, else `\u00XX`).
    public static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
