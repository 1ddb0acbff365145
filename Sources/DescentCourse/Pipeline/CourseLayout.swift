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

    /// The path of `relative` inside the output directory.
    public func output(_ relative: String) -> String { FilePath.join(outputDirectory, relative) }
}
