/// Puts block HTML back where a pre-pass left a placeholder token in the Markdown.
///
/// A token alone in a paragraph (`<p>TOKEN</p>`) replaces the whole paragraph; a token
/// elsewhere (a tight list item renders no `<p>`) is replaced where it stands.
enum PlaceholderSubstitution {
    /// `html` with each token of `replacements` replaced by its HTML.
    static func substitute(_ replacements: [(token: String, html: String)], into html: String) -> String {
        var result = html
        for (token, block) in replacements {
            let paragraph = "<p>\(token)</p>\n"
            if result.contains(paragraph) {
                result = result.replacingOccurrences(of: paragraph, with: block)
            } else {
                result = result.replacingOccurrences(of: token, with: block)
            }
        }
        return result
    }
}
