import ArgumentParser
import DescentCourse

/// Options every subcommand that reads the course shares.
struct CourseOptions: ParsableArguments {
    @Option(name: .long, help: "Directory holding the lessons (*.md).")
    var lessons: String = "lessons"

    @Option(name: .long, help: "Directory the rendered site is written to.")
    var output: String = "output"

    var layout: CourseLayout { CourseLayout(lessonsDirectory: lessons, outputDirectory: output) }
}
