import ArgumentParser
import DescentLesson
import Foundation

/// Standard error, for diagnostics and reports that are not the command's output.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension DiagnosticList {
    /// Prints every diagnostic to stderr and returns the exit code for lesson errors (2).
    func report() -> ExitCode {
        StandardError.print(description)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { StandardError.print("\(errors) error\(errors == 1 ? "" : "s"); nothing was written") }
        return ExitCode(2)
    }
}
