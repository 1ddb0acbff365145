import DescentText
import Testing

@Suite struct FilePathTests {
    @Test func fileNameIsTheLastComponent() {
        #expect(FilePath.fileName("lessons/00-welcome.md") == "00-welcome.md")
        #expect(FilePath.fileName("/tmp/course/lessons/03-the-learning-rate.md") == "03-the-learning-rate.md")
        #expect(FilePath.fileName("a.md") == "a.md")
        #expect(FilePath.fileName("a/b/") == "b")
        #expect(FilePath.fileName("a//b") == "b")
        #expect(FilePath.fileName("lecciones/año.md") == "año.md")
        #expect(FilePath.fileName("") == "")
        #expect(FilePath.fileName("///") == "///")
    }

    /// The system splits paths at the byte `/`, even before a combining mark.
    @Test func pathsSplitAtTheSlashByte() {
        #expect(FilePath.fileName("a/\u{301}b") == "\u{301}b")
        #expect(FilePath.directory("a/\u{301}b") == "a")
    }

    @Test func directoryIsWhatPrecedesTheLastSlash() {
        #expect(FilePath.directory("lessons/00-welcome.md") == "lessons")
        #expect(FilePath.directory("00-welcome.md") == ".")
        #expect(FilePath.directory("/a.md") == "/")
        #expect(FilePath.directory("/tmp/x/a.md") == "/tmp/x")
    }

    @Test func stemDropsTheLastExtension() {
        #expect(FilePath.stem("00-welcome.md") == "00-welcome")
        #expect(FilePath.stem("a.b.md") == "a.b")
        #expect(FilePath.stem(".hidden") == ".hidden")
        #expect(FilePath.stem("plain") == "plain")
        #expect(FilePath.stem("año.md") == "año")
    }
}
