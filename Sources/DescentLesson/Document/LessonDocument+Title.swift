import DescentText

extension LessonDocument {
    /// The lesson's title as its page shows it: the text of its first level-1 ATX heading
    /// (`# The learning rate`) outside code, closing `#`s removed; nil when it has none.
    public var title: String? {
        for (index, line) in lines.enumerated() where !code.isCodeLine(index) && code.block(atLine: index) == nil {
            let text = line.text.drop { $0 == " " }
            guard line.text.count - text.count <= 3, text.hasPrefix("#") else { continue }
            let rest = text.dropFirst()
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var heading = String(rest).trimmingWhitespace()
            if let closing = heading.lastIndex(where: { $0 != "#" }), heading.hasSuffix("#"),
                heading[closing] == " " || heading[closing] == "\t"
            {
                heading = String(heading[...closing]).trimmingWhitespace()
            } else if heading.allSatisfy({ $0 == "#" }) {
                heading = ""
            }
            return heading
        }
        return nil
    }
}
