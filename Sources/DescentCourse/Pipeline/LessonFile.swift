import DescentLesson
import DescentText
import Foundation

/// A lesson read from disk: its path, slug and text, checked to be valid UTF-8.
public struct LessonFile: Sendable, Equatable {
    /// The path as the user would name it (`lessons/00-welcome.md`).
    public var path: String
    /// The lesson's file name without `.md`, also its page name.
    public var slug: String
    public var text: String

    init(path: String, text: String) {
        self.path = path
        self.slug = FilePath.stem(FilePath.fileName(path))
        self.text = text
    }

    /// Reads `path`, reporting unreadable files and invalid UTF-8 (with the line and column of
    /// the first bad byte) as diagnostics.
    public static func read(_ path: String) throws(DiagnosticList) -> LessonFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([
                Diagnostic(
                    path: path, line: 0, column: 0,
                    message: "cannot read lesson file")
            ])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticList([invalidUTF8(path: path, data: data)])
        }
        return LessonFile(path: path, text: text)
    }

    private static func invalidUTF8(path: String, data: Data) -> Diagnostic {
        let bytes = [UInt8](data)
        var offset = 0
        var lineStart = 0
        var line = 1
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            if length == 0 { break }
            if bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            offset += length
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return Diagnostic(
            path: path, line: line, column: prefix.count + 1,
            message: String(format: "lesson is not valid utf-8 (byte 0x%02X)", bytes[offset]))
    }

    /// Length of the valid UTF-8 sequence starting at `offset`, or 0 if it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        for length in 1...4 where offset + length <= bytes.count {
            if String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil { return length }
        }
        return 0
    }
}
