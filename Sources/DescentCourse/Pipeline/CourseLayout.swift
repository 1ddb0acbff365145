import DescentSite
import DescentText

/// Where a course lives on disk: its lessons directory and its output directory.
public struct CourseLayout: Sendable, Equatable {
    /// Directory holding `*.md` lessons, as the user named it (default `lessons`).
    public var lessonsDirectory: String
    /// Directory the site is written to (default `output`).
    public var outputDirectory: String

    /// The build cache's folder (`BuildCache`), or nil to build from scratch. Default:
    /// `.descent-cache` beside the lessons directory.
    public var cacheDirectory: String?

    public init(lessonsDirectory: String = "lessons", outputDirectory: String = "output") {
        self.lessonsDirectory = lessonsDirectory
        self.outputDirectory = outputDirectory
        self.cacheDirectory = Self.defaultCache(lessonsDirectory: lessonsDirectory)
    }

    /// `.descent-cache` beside `lessonsDirectory`.
    public static func defaultCache(lessonsDirectory: String) -> String {
        let trimmed = lessonsDirectory.hasSuffix("/") ? String(lessonsDirectory.dropLast()) : lessonsDirectory
        return FilePath.join(FilePath.directory(trimmed), ".descent-cache")
    }

    /// The layout of the course whose lessons are in `lessonsDirectory`: its output folder is
    /// `outputOverride` when given, else the one `course.toml` names (``CourseSettings/output``,
    /// default `output`), relative to the folder holding the lessons folder.
    public static func course(lessonsDirectory: String, outputOverride: String?) throws(DiagnosticList) -> CourseLayout
    {
        if let outputOverride {
            return CourseLayout(lessonsDirectory: lessonsDirectory, outputDirectory: outputOverride)
        }
        return CourseLayout(
            lessonsDirectory: lessonsDirectory, outputDirectory: try courseOutput(lessonsDirectory: lessonsDirectory))
    }

    /// The output folder the course's settings name, as a path a user would type.
    public static func courseOutput(lessonsDirectory: String) throws(DiagnosticList) -> String {
        let settings = try CourseSettingsFile.read(lessonsDirectory: lessonsDirectory)
        let trimmed = lessonsDirectory.hasSuffix("/") ? String(lessonsDirectory.dropLast()) : lessonsDirectory
        return FilePath.join(FilePath.directory(trimmed), settings.output ?? CourseSettings.defaultOutput)
    }

    /// The path of `relative` inside the output directory.
    public func output(_ relative: String) -> String { FilePath.join(outputDirectory, relative) }
}
