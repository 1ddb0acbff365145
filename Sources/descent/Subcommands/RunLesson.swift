import ArgumentParser
import DescentCourse
import DescentLesson
import DescentText

import struct DescentEngine.RunError

/// `descent run LESSON [--id ID] [--format json|csv|table|pytorch] [--every N]`: print every run's
/// trace, streamed to standard output in chunks as the runs run.
struct RunLesson: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lesson's experiments and print every run's full trajectory; writes nothing.",
        discussion: "Output streams with flat memory. "
            + "Exit status: 0 printed, 1 output not written, 2 lesson errors or unknown id."
    )

    @Argument(help: "The lesson file.")
    var lesson: String

    @OptionGroup var diagnostics: DiagnosticsOption

    @Option(help: "Only the experiment with this id.")
    var id: String?

    @Option(help: "json (default), csv, table or pytorch (a script that reproduces each experiment).")
    var format: TraceFormat = .json

    @Option(help: "Print iterations 0, N, 2N, … and each run's last iteration (default 1: every row).")
    var every: Int = 1

    func validate() throws {
        guard every >= 1 else { throw ValidationError("--every must be a whole number of at least 1") }
    }

    func run() throws {
        let export: TraceExport
        do { export = try LessonTraceRun(lessonPath: lesson, id: id).export() } catch {
            throw error.report(writes: false, as: diagnostics.format)
        }
        if format == .pytorch, let refusal = export.pytorchRefusal() {
            StandardStream.error.print(
                "error: experiment '\(refusal.id)' cannot be written for PyTorch: \(refusal.reason.reason)")
            throw ExitCode(2)
        }
        // Every error a lesson can have was found above; what can still fail is the output.
        var failure: (any Error)?
        do {
            try export.write(format, sampling: RowSampling(every: every)) { chunk in
                guard failure == nil else { return }
                do { try StandardStream.output.write(chunk) } catch { failure = error }
            }
        } catch {
            failure = error
        }
        if let failure {
            let reason = (failure as? RunError)?.message ?? SystemErrorText.describe(failure)
            StandardStream.error.print("error: cannot write the output: \(reason)")
            throw ExitCode(1)
        }
    }
}

extension TraceFormat: ExpressibleByArgument {}
