import ArgumentParser
import DescentLesson
import DescentText

extension DiagnosticList {
    /// Prints every diagnostic (``print(as:)``) and returns the exit code for lesson errors (2).
    /// `writes` says whether the command writes files and these errors stopped it before it
    /// wrote any: only then does the closing line say that nothing was written.
    func report(writes: Bool = true, as format: DiagnosticFormat = .text) -> ExitCode {
        print(as: format)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let closing = writes ? "; nothing was written" : ""
        if errors > 0 { StandardStream.error.print("\(errors) error\(errors == 1 ? "" : "s")\(closing)") }
        return ExitCode(2)
    }

    /// Prints every diagnostic in `format`: as text on standard error; as GitHub workflow
    /// commands or JSON lines on standard output, the stream CI runners and editors read.
    func print(as format: DiagnosticFormat) {
        guard !diagnostics.isEmpty else { return }
        let text = format.render(self)
        if format == .text {
            StandardStream.error.print(text)
        } else {
            StandardStream.output.print(text)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// The `--diagnostics` option every command that reads lessons shares.
struct DiagnosticsOption: ParsableArguments {
    @Option(
        name: .customLong("diagnostics"),
        help:
            "How errors are printed: text (default), github (workflow commands that annotate the lesson's line in a pull request) or json (one object per line)."
    )
    var format: DiagnosticFormat = .text

    /// A command's closing line (`built 12 files: …`): on standard output, except in `json`
    /// mode, where standard output holds only the JSON lines and the line goes to standard error.
    func summary(_ line: String) {
        if format == .json { StandardStream.error.print(line) } else { Swift.print(line) }
    }
}
