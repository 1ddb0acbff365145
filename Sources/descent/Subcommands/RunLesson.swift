import ArgumentParser
import DescentCourse
import enum DescentText.Suggestion
import DescentLesson
import Foundation
import DescentText

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
        do {
            let file = try LessonFile.read(lesson)
            let directory = (lesson as NSString).deletingLastPathComponent
            let run = try LessonRun(SourceText(path: file.path, text: file.text),
                                    readFile: DataFiles.reader(relativeTo: directory.isEmpty ? "." : directory))
            let results = try select(run.results)
            let export = TraceExport(lesson: lesson, results: results)
            switch format {
            case .json: print(export.json, terminator: "")
            case .csv: print(export.csv, terminator: "")
            case .table: print(export.table, terminator: "")
            }
        } catch {
            throw error.report(writes: false)
        }
    }

    private func select(_ results: [ExperimentResult]) throws(DiagnosticList) -> [ExperimentResult] {
        guard let id else { return results }
        let chosen = results.filter { $0.id == id }
        guard chosen.isEmpty else { return chosen }
        var message = "no experiment '\(id)' in this lesson"
        let ids = results.map(\.id)
        if let hint = Suggestion.didYouMean(id, in: ids) { message += "; \(hint)" }
        else if !ids.isEmpty { message += "; experiments: " + ids.joined(separator: ", ") }
        throw DiagnosticList([Diagnostic(path: lesson, line: 0, column: 0, message: message)])
    }
}
