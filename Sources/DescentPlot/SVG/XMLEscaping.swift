/// Escaping of text and attribute values for XML output.
public enum XMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` is safe in element content and in
    /// double- or single-quoted attribute values. Control characters that XML 1.0 forbids are
    /// dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
