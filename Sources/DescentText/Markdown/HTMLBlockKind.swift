/// The seven kinds of HTML block CommonMark 0.30 defines (§4.6), by how they start and end.
public enum HTMLBlockKind: Int, Sendable, Equatable {
    /// `<pre`, `<script`, `<style`, `<textarea`: raw text up to the line holding the end tag.
    case rawText = 1
    /// `<!--` up to the line holding `-->`.
    case comment
    /// `<?` up to `?>`.
    case processingInstruction
    /// `<!` and a letter, up to `>`.
    case declaration
    /// `<![CDATA[` up to `]]>`.
    case cdata
    /// A known block-level tag (`<div`, `</table`, …), up to a blank line.
    case blockTag
    /// Any other complete tag alone on its line, up to a blank line; cannot interrupt a paragraph.
    case otherTag

    /// Whether the block's content is not Markdown prose: kinds 1–5 hold text that is never
    /// read as Markdown (a `<pre>` or a comment), while kinds 6 and 7 are markup around prose
    /// written by an author who opted in to raw HTML.
    public var isCode: Bool { rawValue <= 5 }

    /// The text whose presence on a line ends a block of kinds 1–5; nil for 6 and 7, which end
    /// at a blank line.
    var endMarkers: [String]? {
        switch self {
        case .rawText: ["</script>", "</pre>", "</style>", "</textarea>"]
        case .comment: ["-->"]
        case .processingInstruction: ["?>"]
        case .declaration: [">"]
        case .cdata: ["]]>"]
        case .blockTag, .otherTag: nil
        }
    }

    /// Whether `line` holds this kind's end marker, matched case-insensitively (`</PRE>`).
    func isEnded(by line: ArraySlice<Character>) -> Bool {
        guard let markers = endMarkers else { return false }
        let text = String(line).lowercased()
        return markers.contains { text.contains($0) }
    }

    /// The kind of HTML block `text` (a line after its indentation) starts, if any.
    static func starting(_ text: ArraySlice<Character>) -> HTMLBlockKind? {
        guard text.first == "<" else { return nil }
        let lowered = String(text.prefix(12)).lowercased()
        for tag in ["script", "pre", "style", "textarea"] where lowered.hasPrefix("<" + tag) {
            let next = text.dropFirst(tag.count + 1).first
            if next == nil || next == " " || next == "\t" || next == ">" { return .rawText }
        }
        if lowered.hasPrefix("<!--") { return .comment }
        if lowered.hasPrefix("<?") { return .processingInstruction }
        if lowered.hasPrefix("<![cdata[") { return .cdata }
        if lowered.hasPrefix("<!"), let letter = text.dropFirst(2).first, letter.isASCII, letter.isLetter {
            return .declaration
        }
        if startsBlockTag(text) { return .blockTag }
        if let end = HTMLTagSyntax.tagEnd(text, from: text.startIndex, allowLineBreaks: false),
            text[end...].allSatisfy({ $0 == " " || $0 == "\t" }),
            !isRawTextTagName(text)
        {
            return .otherTag
        }
        return nil
    }

    private static func startsBlockTag(_ text: ArraySlice<Character>) -> Bool {
        var rest = text.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = String(rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        guard blockTagNames.contains(name) else { return false }
        let after = rest.dropFirst(name.count)
        guard let next = after.first else { return true }
        return next == " " || next == "\t" || next == ">" || (next == "/" && after.dropFirst().first == ">")
    }

    private static func isRawTextTagName(_ text: ArraySlice<Character>) -> Bool {
        var rest = text.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = String(rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        return ["script", "pre", "style", "textarea"].contains(name)
    }

    /// CommonMark 0.30's block-level tag names (start condition 6).
    static let blockTagNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "section", "source", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]
}
