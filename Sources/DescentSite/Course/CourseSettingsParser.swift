import DescentText

/// Parses the TOML subset of `course.toml`.
///
/// Accepted, one per line: blank lines; comments from `#` to the end of the line; and
/// `key = value` where `key` is `title`, `description` or `output` (bare, or quoted `"title"`) and
/// `value` is a basic string `"…"` (escapes `\"`, `\\`, `\n`, `\t`, `\uXXXX`, `\UXXXXXXXX`)
/// or a literal string `'…'`, optionally followed by a comment. Everything else — tables,
/// arrays, numbers, multi-line strings, unknown or repeated keys, control characters other than
/// tab and line break in a value (`\u0000` would reach the page's `<title>`) — is an error at its
/// `line:column`. An empty title falls back to `CourseSettings.defaultTitle`.
enum CourseSettingsParser {
    static let keys = ["title", "description", "output"]

    static func parse(_ text: String) throws(CourseSettingsError) -> CourseSettings {
        var values: [String: String] = [:]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (number, line) in zip(1..., lines) {
            var scanner = TOMLLineScanner(line: line, number: number)
            guard let (key, keyColumn, value) = try scanner.keyValue() else { continue }
            guard keys.contains(key) else {
                let hint = Suggestion.didYouMean(key, in: keys).map { "; " + $0 }
                throw scanner.error(
                    at: keyColumn, "unknown key '\(key)'" + (hint ?? "; expected 'title', 'description' or 'output'"))
            }
            guard values[key] == nil else { throw scanner.error(at: keyColumn, "'\(key)' is set twice") }
            if value.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F
            }) {
                throw scanner.error(
                    at: keyColumn, "'\(key)' holds a control character; only tabs and line breaks are allowed")
            }
            if key == "output", value.isEmpty || value.hasPrefix("/") || value.contains("\n") {
                throw scanner.error(
                    at: keyColumn, "'output' must be a folder relative to the course, such as \"output\" or \"site\"")
            }
            values[key] = value
        }
        let title = values["title"].flatMap { $0.isEmpty ? nil : $0 } ?? CourseSettings.defaultTitle
        return CourseSettings(
            title: title, description: values["description"].flatMap { $0.isEmpty ? nil : $0 }, output: values["output"]
        )
    }
}
