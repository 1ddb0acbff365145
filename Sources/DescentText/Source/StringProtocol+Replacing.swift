extension StringProtocol {
    /// The text with every occurrence of `target` replaced by `replacement`, matched byte for
    /// byte in UTF-8, left to right, without overlaps.
    ///
    /// Literal, as a search in a text editor is: unlike the standard library's
    /// `replacing(_:with:)`, which matches whole characters, this finds `\n` inside `\r\n` and
    /// `-` before a combining mark.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        let bytes = Array(utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return String(self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + needle.count <= bytes.count,
                bytes[index..<index + needle.count].elementsEqual(needle)
            {
                result.append(contentsOf: replacement.utf8)
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `target` occurs in the text, matched byte for byte in UTF-8 as `replacingAll`
    /// matches (so `\n` is found inside `\r\n`), without the standard library's character-by-
    /// character search.
    public func containsLiteral(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
                index += 1
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
