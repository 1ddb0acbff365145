import DescentLesson
import DescentSite
import DescentText
import Foundation

/// The course's settings file, `course.toml` in the lessons directory (title, description).
enum CourseSettingsFile {
    static let name = "course.toml"

    /// The settings, the defaults when the file is absent, or a diagnostic when it is malformed.
    static func read(lessonsDirectory: String) throws(DiagnosticList) -> CourseSettings {
        let path = FilePath.join(lessonsDirectory, name)
        guard let data = FileManager.default.contents(atPath: path) else { return CourseSettings() }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticList([
                Diagnostic(path: path, line: 0, column: 0, message: "course settings are not valid utf-8")
            ])
        }
        do throws(CourseSettingsError) {
            return try CourseSettings(parsing: text)
        } catch {
            throw DiagnosticList([
                SourceText(path: path, text: text).error(line: error.line, column: error.column, error.message)
            ])
        }
    }
}
