import ArgumentParser

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
}
