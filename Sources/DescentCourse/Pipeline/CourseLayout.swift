/// Where a course lives on disk: its lessons directory and its output directory.
public struct CourseLayout: Sendable, Equatable {
    /// Directory holding `*.md` lessons, as the user named it (default `lessons`).
    public var lessonsDirectory: String
    /// Directory the site is written to (default `output`).
    public var outputDirectory: String

    public init(lessonsDirectory: String = "lessons", outputDirectory: String = "output") {
        self.lessonsDirectory = lessonsDirectory
        self.outputDirectory = outputDirectory
    }

    /// The path of `relative` inside the output directory.
    public func output(_ relative: String) -> String { FilePath.join(outputDirectory, relative) }
}
