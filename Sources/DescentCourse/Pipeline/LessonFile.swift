import DescentLesson
import DescentText

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

    /// Reads `path`, reporting unreadable files and invalid UTF-8 (at the first bad byte, with
    /// the line and a caret) as diagnostics.
    static func read(_ path: String) throws(DiagnosticList) -> LessonFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(path: path, line: 0, column: 0, message: "cannot read lesson file")])
        }
        switch SourceText.decoding(path: path, bytes: [UInt8](data), message: "lesson is not valid utf-8") {
        case .success(let text): return LessonFile(path: path, text: text)
        case .failure(let problem): throw DiagnosticList([problem])
        }
    }
}
