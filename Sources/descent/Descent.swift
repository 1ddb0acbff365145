import ArgumentParser
import DescentText

/// The `descent` command: build, check and run gradient-descent lessons.
///
/// Every command names itself in its configuration: deriving the name from the type with
/// `String(describing:)` costs a search of the runtime's protocol conformances at start-up.
@main
struct Descent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Turn Markdown lessons about gradient descent into a verified, rendered course.",
        version: DescentVersion.current,
        subcommands: [Init.self, Build.self, Check.self, Preview.self, RunLesson.self, Bench.self]
    )

    /// Parses and runs the command as ArgumentParser's own `main` does, then ends the process
    /// at once when it succeeded. Every file is written and closed by then, and the C streams
    /// are flushed here; a normal exit went on to run the static destructors of the runtime and
    /// its libraries, half a millisecond of freeing memory the system takes back anyway (a
    /// twentieth of a one-lesson build). Errors exit as ArgumentParser has them exit.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
        fflush(nil)
        _exit(EXIT_SUCCESS)
    }
}
