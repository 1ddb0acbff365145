/// Puts block HTML back where a pre-pass left a placeholder token in the Markdown.
///
/// A token alone in a paragraph (`<p>TOKEN</p>\n`) replaces the whole paragraph; a token
/// elsewhere (a tight list item renders no `<p>`) is replaced where it stands. One pass over
/// the HTML whatever the number of tokens: tokens share their letters (`MathPlaceholder`), so
/// each occurrence of the letters is looked up, not each token searched for.
enum PlaceholderSubstitution {
    /// `html` with each token of `replacements` replaced by its HTML.
    static func substitute(_ replacements: [String: String], into html: String) -> String {
        guard let token = replacements.keys.first else { return html }
        let prefix = Array(token.prefix { !$0.isNumber }.utf8)
        let tokenLength = token.utf8.count
        let paragraphStart = Array("<p>".utf8)
        let paragraphEnd = Array("</p>\n".utf8)
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == prefix[0], starts(bytes, with: prefix, at: index), index + tokenLength <= bytes.count,
                let block = replacements[String(decoding: bytes[index..<(index + tokenLength)], as: UTF8.self)]
            else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let after = index + tokenLength
            if output.count >= paragraphStart.count, Array(output.suffix(paragraphStart.count)) == paragraphStart,
                starts(bytes, with: paragraphEnd, at: after)
            {
                output.removeLast(paragraphStart.count)
                output += block.utf8
                index = after + paragraphEnd.count
            } else {
                output += block.utf8
                index = after
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func starts(_ bytes: [UInt8], with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
