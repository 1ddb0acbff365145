import ArgumentParser
import DescentCourse
import DescentLesson

/// `descent run LESSON [--id ID] [--format json|csv|table]`: print every run's full trace.
struct RunLesson: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lesson's experiments and print every run's full trajectory; writes nothing.",
        discussion: "Exit status: 0 printed, 2 lesson errors or unknown id."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, table
    }

    @Argument(help: "The lesson file.")
    var lesson: String

    @Option(help: "Only the experiment with this id.")
    var id: String?

    @Option(help: "json (default), csv or table.")
    var format: Format = .json

    func run() throws {
        let export: TraceExport
        do { export = try LessonTraceRun(lessonPath: lesson, id: id).export() } catch {
            throw error.report(writes: false)
        }
        switch format {
        case .json: print(export.json, terminator: "")
        case .csv: print(export.csv, terminator: "")
        case .table: print(export.table, terminator: "")
        }
    }
}
