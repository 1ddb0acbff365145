import DescentLesson
import DescentText

/// A file the build intends to write, with its complete contents.
public struct PlannedFile: Sendable, Equatable {
    /// Where it goes, as the user would name it (`output/index.html`, `lessons/01-walk.md`).
    public var path: String
    public var contents: Data
    /// For a file the build read (a lesson), the bytes it read: the file is only replaced while
    /// it still holds them, so a save made during the build is never lost.
    public var readContents: Data?

    init(path: String, contents: Data, readContents: Data? = nil) {
        self.path = path
        self.contents = contents
        self.readContents = readContents
    }

    init(path: String, text: String, readText: String? = nil) {
        self.init(path: path, contents: Data(text.utf8), readContents: readText.map { Data($0.utf8) })
    }
}

/// Everything a build would do to the disk, computed before anything is touched.
public struct BuildPlan: Sendable, Equatable {
    /// Every file the build produces, in a stable order.
    public var files: [PlannedFile]
    /// Generated files in the output directory that the build no longer produces.
    public var obsolete: [String]
    /// Problems that do not stop the build (math the converter could not read).
    public var warnings: [Diagnostic]
    /// Build-cache entries to store after a successful build (`BuildCache`); not part of what
    /// `check` compares.
    public var cacheFiles: [PlannedFile]
    /// The lessons whose experiments ran (the others were reused from the build cache).
    public var lessonsRun: [String]
    /// Whether the plan is the last build's, read back because nothing changed since
    /// (`CourseStamp`): no lesson was even parsed.
    public var isFromStamp = false

    init(
        files: [PlannedFile], obsolete: [String], warnings: [Diagnostic] = [], cacheFiles: [PlannedFile] = [],
        lessonsRun: [String] = []
    ) {
        self.files = files
        self.obsolete = obsolete
        self.warnings = warnings
        self.cacheFiles = cacheFiles
        self.lessonsRun = lessonsRun
    }
}
