/// The course-wide settings read from `lessons/course.toml`.
///
/// The file is a small subset of TOML (`CourseSettingsParser`):
///
/// ```toml
/// # Shown in every page's header and title.
/// title = "Gradient descent, by running it"
/// description = "Six short lessons, every number computed."
/// # Where the site is written, relative to the folder holding the lessons folder.
/// output = "site"
/// ```
public struct CourseSettings: Sendable, Hashable {
    /// The title used when `course.toml` is absent or sets none.
    public static let defaultTitle = "Descent course"

    /// The course's name, in every page's header and `<title>`.
    public var title: String
    /// A sentence or two about the course for the index page; nil for none.
    public var description: String?
    /// The output folder, relative to the folder that holds the lessons folder; nil for
    /// ``defaultOutput``. Figures are linked from the lessons relative to it, so it belongs to
    /// the course rather than to one command line.
    public var output: String?
    /// The output folder when `course.toml` names none.
    public static let defaultOutput = "output"

    /// Creates settings.
    public init(title: String = CourseSettings.defaultTitle, description: String? = nil, output: String? = nil) {
        self.title = title
        self.description = description
        self.output = output
    }

    /// Parses the text of a `course.toml` file.
    public init(parsing toml: String) throws(CourseSettingsError) {
        self = try CourseSettingsParser.parse(toml)
    }
}
