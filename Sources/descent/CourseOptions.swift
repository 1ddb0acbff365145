import ArgumentParser
import DescentCourse

/// Options every subcommand that reads the course shares.
struct CourseOptions: ParsableArguments {
    @Option(name: .long, help: "Directory holding the lessons (*.md).")
    var lessons: String = "lessons"

    @Option(name: .long, help: "Directory the rendered site is written to.")
    var output: String = "output"

    @Flag(name: .long, help: "Ignore the build cache (.descent-cache beside the lessons): run everything.")
    var noCache = false

    var layout: CourseLayout {
        var layout = CourseLayout(lessonsDirectory: lessons, outputDirectory: output)
        if noCache { layout.cacheDirectory = nil }
        return layout
    }
}
