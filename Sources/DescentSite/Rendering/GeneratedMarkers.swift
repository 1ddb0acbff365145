/// The lesson layer's generated-region markers (`<!-- descent:begin … -->`,
/// `<!-- descent:end … -->`). The lesson layer removes them before the site sees a lesson;
/// the site still never emits one, whatever the raw-HTML setting.
enum GeneratedMarkers {
    /// Whether `node` is an HTML block made only of marker comments (a marker is a line of its
    /// own, and a comment line always starts an HTML block).
    static func isMarker(_ node: MarkdownNode) -> Bool {
        guard node.kind == .htmlBlock, let literal = node.literal else { return false }
        let lines = literal.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return !lines.isEmpty && lines.allSatisfy { line in
            (line.hasPrefix("<!-- descent:begin") || line.hasPrefix("<!-- descent:end")) && line.hasSuffix("-->")
        }
    }
}
