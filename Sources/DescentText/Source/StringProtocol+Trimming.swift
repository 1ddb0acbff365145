extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (line breaks are kept: Markdown
    /// treats them differently from spaces).
    public func trimmingWhitespace() -> String {
        trimming { $0 == " " || $0 == "\t" }
    }

    /// The text without leading and trailing white space of any kind, line breaks included.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming(\.isWhitespace)
    }

    private func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
