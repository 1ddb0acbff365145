import DescentText

/// Puts rendered formulas back into the HTML cmark made from `MathExtraction.markdown`.
///
/// - A display formula that is alone in a paragraph (`<p>MATHPH0001X</p>`) replaces the whole
///   paragraph, so the block `<math>` is not wrapped in `<p>`.
/// - Any other placeholder in text is replaced by the `<math>` element (valid HTML5 inside a
///   paragraph: MathML is phrasing content). Punctuation right after an inline formula goes
///   with it into `<span class="math-nowrap">`, so a line never starts with the comma.
/// - A placeholder inside a tag (an image's `alt`, a link's `href`, a `title`) is replaced by the
///   escaped TeX source as written, since markup cannot go into an attribute.
/// - A token that matches no rendered formula is left as it is.
public enum MathSubstitution {
    /// `html` with every placeholder of `rendered` replaced as described above. One pass over
    /// the HTML's bytes (tokens and the markup around them are ASCII).
    public static func substitute(_ rendered: [RenderedMath], into html: String) -> String {
        guard let first = rendered.first else { return html }
        let byToken = Dictionary(rendered.map { (Array($0.span.placeholder.utf8), $0) }) { first, _ in first }
        let tokenLength = first.span.placeholder.utf8.count
        let prefix = Array(first.span.placeholder.prefix { !$0.isNumber }.utf8)
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var insideTag = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") { insideTag = true }
            if byte == UInt8(ascii: ">") { insideTag = false }
            guard byte == prefix[0], index + tokenLength <= bytes.count, bytes.starts(with: prefix, at: index),
                let math = byToken[Array(bytes[index..<(index + tokenLength)])]
            else {
                output.append(byte)
                index += 1
                continue
            }
            index += tokenLength
            if insideTag {
                output += HTMLEscaping.escape(math.span.source, apostrophes: false).utf8
            } else if math.span.display, bytes.starts(with: paragraphEnd, at: index), removeParagraphStart(&output) {
                output += math.mathml.utf8
                index += paragraphEnd.count
            } else if !math.span.display, let end = punctuationEnd(bytes, from: index) {
                output += #"<span class="math-nowrap">"#.utf8
                output += math.mathml.utf8
                output += bytes[index..<end]
                output += "</span>".utf8
                index = end
            } else {
                output += math.mathml.utf8
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let paragraphEnd = Array("</p>".utf8)

    /// Punctuation that must not start a line after an inline formula, as UTF-8.
    private static let trailingPunctuation: [[UInt8]] = [".", ",", ";", ":", "!", "?", ")", "]", "’", "”"].map {
        Array($0.utf8)
    }

    /// The end of the punctuation (up to three characters) that follows an inline formula at
    /// `index`, or nil when none does; the formula and it are then kept on one line. A mark
    /// that a combining character or variation selector extends (`.` + U+0301) is a different
    /// character, not punctuation, so it ends the run.
    private static func punctuationEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        var end = index
        for _ in 0..<3 {
            guard let mark = trailingPunctuation.first(where: { bytes.starts(with: $0, at: end) }),
                !isExtended(bytes, after: end + mark.count)
            else { break }
            end += mark.count
        }
        return end > index ? end : nil
    }

    /// Whether the scalar at `index` continues the character before it (a grapheme extender
    /// or a zero-width joiner).
    private static func isExtended(_ bytes: [UInt8], after index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80 else { return false }
        let next = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
        guard let next else { return false }
        return next.properties.isGraphemeExtend || next.value == 0x200D
            || next.properties.generalCategory == .spacingMark
    }

    /// Removes a `<p>` (or `<p …>`) tag that ends `output`; false if `output` does not end so.
    private static func removeParagraphStart(_ output: inout [UInt8]) -> Bool {
        guard output.last == UInt8(ascii: ">"), let tagStart = output.lastIndex(of: UInt8(ascii: "<")) else {
            return false
        }
        let tag = output[tagStart...]
        guard tag.elementsEqual("<p>".utf8) || tag.starts(with: "<p ".utf8) else { return false }
        output.removeSubrange(tagStart...)
        return true
    }
}

extension [UInt8] {
    /// Whether `prefix` occurs at `index`.
    fileprivate func starts(with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= count else { return false }
        for offset in prefix.indices where self[index + offset] != prefix[offset] { return false }
        return true
    }
}
