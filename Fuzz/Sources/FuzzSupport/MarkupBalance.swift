/// Checks that markup is well formed in the XML sense that matters to a browser: every `<` opens
/// a tag, attribute values are quoted, every element is closed in order, and nothing follows
/// the root element. Reads UTF-8 bytes, not characters: a character that joins the next one
/// into a grapheme (U+0603 before `<`) must not hide a tag.
public enum MarkupBalance {
    /// The first problem found, or nil when the markup balances.
    public static func problem(in markup: String) -> String? {
        let bytes = Array(markup.utf8)
        var open: [ArraySlice<UInt8>] = []
        var index = 0
        var closedRoot = false
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") else {
                index += 1
                continue
            }
            if closedRoot { return "text after the root element" }
            guard byte == UInt8(ascii: "<") else { return "a bare '>' in text" }
            guard let end = tagEnd(bytes, from: index + 1) else { return "an unterminated tag" }
            let tag = bytes[(index + 1)..<end]
            index = end + 1
            if tag.first == UInt8(ascii: "/") {
                guard let name = open.popLast(), name == tag.dropFirst() else {
                    return "a closing tag that closes nothing open"
                }
                closedRoot = open.isEmpty
            } else if tag.last != UInt8(ascii: "/") {
                let name = tag.prefix { $0 != UInt8(ascii: " ") }
                guard !name.isEmpty else { return "an empty tag" }
                open.append(name)
            }
        }
        return open.isEmpty ? nil : "an element that is never closed"
    }

    /// The index of the `>` that ends the tag starting at `start`, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var quoted = false
        for index in start..<bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "<") where !quoted: return nil
            case UInt8(ascii: ">") where !quoted: return index
            default: continue
            }
        }
        return nil
    }
}
