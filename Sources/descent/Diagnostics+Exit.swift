import ArgumentParser
import DescentLesson
import DescentText
import Foundation

/// Standard error, for diagnostics and reports that are not the command's output.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension DiagnosticList {
    /// Prints every diagnostic to stderr and returns the exit code for lesson errors (2).
    /// `writes` says whether the command writes files and these errors stopped it before it
    /// wrote any: only then does the closing line say that nothing was written.
    func report(writes: Bool = true) -> ExitCode {
        StandardError.print(description)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let closing = writes ? "; nothing was written" : ""
        if errors > 0 { StandardError.print("\(errors) error\(errors == 1 ? "" : "s")\(closing)") }
        return ExitCode(2)
    }
}
