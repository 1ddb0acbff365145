/// The course-wide settings read from `lessons/course.toml`.
///
/// The file is a small subset of TOML (`CourseSettingsParser`):
///
/// ```toml
/// # Shown in every page's header and title.
/// title = "Gradient descent, by running it"
/// description = "Six short lessons, every number computed."
/// ```
public struct CourseSettings: Sendable, Hashable {
    /// The title used when `course.toml` is absent or sets none.
    public static let defaultTitle = "Descent course"

    /// The course's name, in every page's header and `<title>`.
    public var title: String
    /// A sentence or two about the course for the index page; nil for none.
    public var description: String?

    /// Creates settings.
    public init(title: String = CourseSettings.defaultTitle, description: String? = nil) {
        self.title = title
        self.description = description
    }

    /// Parses the text of a `course.toml` file.
    public init(parsing toml: String) throws(CourseSettingsError) {
        self = try CourseSettingsParser.parse(toml)
    }
}
