import DescentText

/// `descent init`: writes ``CourseTemplate`` into a folder.
///
/// A folder that holds anything is refused unless `force` is set; even then, a file that
/// already exists is never replaced (it is reported as kept), so init can be run in an existing
/// repository without touching what the author wrote.
public enum CourseInitializer {
    /// What init did.
    public struct Result: Sendable, Equatable {
        /// Files written, relative to the folder.
        public var written: [String] = []
        /// Template files that already existed and were left as they were.
        public var kept: [String] = []
    }

    /// Creates the course in `directory` (made when missing).
    public static func create(in directory: String, force: Bool) throws(DiagnosticList) -> Result {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if !existing.isEmpty, !force {
            throw DiagnosticList([
                Diagnostic(
                    path: directory, line: 0, column: 0,
                    message: "folder is not empty; use --force to add the course's files (existing files are kept)")
            ])
        }
        var result = Result()
        for (relative, text) in CourseTemplate.files {
            let path = FilePath.join(directory, relative)
            if FileManager.default.fileExists(atPath: path) {
                result.kept.append(relative)
                continue
            }
            do {
                try FileManager.default.createDirectory(
                    atPath: FilePath.directory(path), withIntermediateDirectories: true)
                _ = try AtomicWriter.write(Data(text.utf8), to: path)
            } catch {
                throw DiagnosticList([
                    Diagnostic(path: path, line: 0, column: 0, message: "cannot write file: \(error)")
                ])
            }
            result.written.append(relative)
        }
        return result
    }
}
