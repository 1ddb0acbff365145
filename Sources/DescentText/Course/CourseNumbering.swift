/// How a course numbers its lessons and figures — one rule for the index, the navigation, each
/// page's `<title>`, figure captions and the references prose makes to lessons and figures.
///
/// Lessons are numbered from 1 in course order (the order of their file names), whatever
/// digits the file names start with; figures from 1 within their lesson, in reading order, and
/// named by both numbers: `Figure 4.2` is the second figure of lesson 4.
public enum CourseNumbering {
    /// The number of the lesson at `position` (0-based) in course order.
    public static func lessonNumber(position: Int) -> Int { position + 1 }

    /// `Lesson 4`.
    public static func lessonName(_ number: Int) -> String { "Lesson \(number)" }

    /// `Lesson 4: The learning rate`.
    public static func lessonTitle(_ number: Int, _ title: String) -> String { "\(lessonName(number)): \(title)" }

    /// `Figure 4.2`: figure `index` (from 1) of lesson `lesson`.
    public static func figureName(lesson: Int, index: Int) -> String { "Figure \(lesson).\(index)" }

    /// The HTML id of the figure whose image file is `NAME.svg` (any extension): `figure-NAME`,
    /// or nil when the name holds anything but ASCII letters, digits, `-` and `_` (no id is
    /// safer than one that needs escaping).
    public static func figureAnchor(imageFileName: String) -> String? {
        let name = FilePath.stem(FilePath.fileName(imageFileName))
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(isAnchorScalar) else { return nil }
        return "figure-" + name
    }

    private static func isAnchorScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }
}
