/// Text as an array of characters with the index where each line starts, for scanners that
/// look ahead and back freely and report `line:column` positions.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as CommonMark defines them (and as
/// `SourceLine.split` splits them); a final line break starts an empty last line.
public struct CharacterText: Sendable {
    /// The whole text.
    public let characters: [Character]
    /// For each character, its byte when it is a single ASCII byte, else ``notASCII``: what a
    /// scanner looking for ASCII markers (backticks, `<`, `-->`) compares, where comparing
    /// `Character`s costs a string comparison each.
    public let asciiCodes: [UInt8]
    /// The index of the first character of each line.
    public let lineStarts: [Int]
    /// The text as given, for copying ranges out of it without rebuilding characters.
    private let source: String
    /// The UTF-8 offset in `source` of each character, and of the end.
    private let utf8Offsets: [Int]

    /// The code in ``asciiCodes`` of a character that is not a single ASCII byte (a non-ASCII
    /// character, an ASCII one followed by combining marks, or `\r\n`).
    public static let notASCII: UInt8 = 0xFF

    /// The 128 ASCII characters, made once: making a `Character` from a byte builds a string
    /// (about 90 instructions), copying one of these is a copy of 16 bytes.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        source = text
        var characters: [Character] = []
        var codes: [UInt8] = []
        var starts = [0]
        var offsets = [0]
        characters.reserveCapacity(text.utf8.count)
        codes.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        let ascii = Self.asciiCharacters
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            while offset < bytes.count {
                let end = Self.characterEnd(in: bytes, from: offset, of: text)
                let byte = bytes[offset]
                let isOneByte = end == offset + 1 && byte < 0x80
                characters.append(isOneByte ? ascii[Int(byte)] : text[Self.index(offset, text)])
                codes.append(isOneByte ? byte : Self.notASCII)
                offsets.append(end)
                // A character that starts with "\n" or "\r" is a line break ("\n", "\r\n" or a
                // lone "\r"): grapheme rules break after every control.
                if byte == 0x0A || byte == 0x0D { starts.append(characters.count) }
                offset = end
            }
        }
        self.characters = characters
        asciiCodes = codes
        lineStarts = starts
        utf8Offsets = offsets
    }

    /// The UTF-8 offset just past the character that starts at `offset`. Two ASCII bytes in a
    /// row always have a character boundary between them, except "\r\n" (Unicode's grapheme
    /// rules break around controls and never join two ASCII scalars otherwise), so only a byte
    /// followed by a non-ASCII one asks the string where its character ends.
    @inline(__always)
    private static func characterEnd(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, of text: String) -> Int {
        let next = offset + 1
        guard next < bytes.count else { return next }
        let byte = bytes[offset]
        let following = bytes[next]
        if byte < 0x80, following < 0x80, byte != 0x0D || following != 0x0A { return next }
        return text.utf8.distance(from: text.startIndex, to: text.index(after: index(offset, text)))
    }

    private static func index(_ offset: Int, _ text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The characters at `range` as a string, copied from the text's bytes.
    public func string(_ range: Range<Int>) -> String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[range.lowerBound])
        let end = utf8.index(start, offsetBy: utf8Offsets[range.upperBound] - utf8Offsets[range.lowerBound])
        return String(Substring(utf8[start..<end]))
    }

    /// Whether `character` ends a line.
    public static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The character indices of line `line` (0-based), without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line]
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : characters.count
        return start..<max(start, end)
    }

    /// The characters of line `line` (0-based), without its line break.
    public func line(_ line: Int) -> ArraySlice<Character> { characters[lineRange(line)] }

    /// The 0-based line holding the character at `index`.
    public func lineIndex(of index: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of the character at `index`.
    public func position(of index: Int) -> SourcePosition {
        let line = lineIndex(of: index)
        return SourcePosition(line: line + 1, column: index - lineStarts[line] + 1)
    }

    /// The index just past line `line`'s line break (or the end of the text).
    public func endOfLine(_ line: Int) -> Int {
        line + 1 < lineStarts.count ? lineStarts[line + 1] : characters.count
    }
}
