import ArgumentParser
import DescentCourse
import DescentText

/// Options every subcommand that reads the course shares.
struct CourseOptions: ParsableArguments {
    @Option(name: .long, help: "Directory holding the lessons (*.md).")
    var lessons: String = "lessons"

    @Option(
        name: .long,
        help:
            "Directory the rendered site is written to (default: the course's, 'output' unless course.toml names another)."
    )
    var output: String?

    @Flag(name: .long, help: "Ignore the build cache (.descent-cache beside the lessons): run everything.")
    var noCache = false

    /// Where the course is; errors in `course.toml` are reported as lesson errors (exit 2).
    /// An `--output` other than the course's own is announced on standard error with what it
    /// does to the lessons, whose figure links follow the output folder.
    var layout: CourseLayout {
        get throws {
            var layout: CourseLayout
            do { layout = try CourseLayout.course(lessonsDirectory: lessons, outputOverride: output) } catch {
                throw error.report(writes: false)
            }
            if noCache { layout.cacheDirectory = nil }
            if let output, let own = try? CourseLayout.courseOutput(lessonsDirectory: lessons), output != own {
                StandardStream.error.print(
                    "note: --output \(output) is not the course's output folder (\(own)); lessons link their figures "
                        + "through the output folder, so lessons with figures are written (or checked) with links into "
                        + "\(output), and a check against \(own) will report them stale. To move the site for good, "
                        + "set output = \"…\" in course.toml")
            }
            return layout
        }
    }
}
