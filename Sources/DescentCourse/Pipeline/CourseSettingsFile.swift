import DescentLesson
import DescentSite
import DescentText

/// The course's settings file, `course.toml` in the lessons directory (title, description).
enum CourseSettingsFile {
    static let name = "course.toml"

    /// The settings, the defaults when the file is absent, or a diagnostic when it is malformed
    /// (not a file, not UTF-8, or not the TOML subset). A leading byte-order mark is skipped,
    /// as in lessons.
    static func read(lessonsDirectory: String) throws(DiagnosticList) -> CourseSettings {
        let path = FilePath.join(lessonsDirectory, name)
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return CourseSettings() }
        guard !isDirectory, let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([
                Diagnostic(path: path, line: 0, column: 0, message: "course settings are not a readable file")
            ])
        }
        var text: String
        switch SourceText.decoding(path: path, bytes: [UInt8](data), message: "course settings are not valid utf-8") {
        case .success(let decoded): text = decoded
        case .failure(let problem): throw DiagnosticList([problem])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do throws(CourseSettingsError) {
            return try CourseSettings(parsing: text)
        } catch {
            throw DiagnosticList([
                SourceText(path: path, text: text).error(line: error.line, column: error.column, error.message)
            ])
        }
    }
}
