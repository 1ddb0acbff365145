import ArgumentParser

/// The `descent` command: build, check and run gradient-descent lessons.
@main
struct Descent: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn Markdown lessons about gradient descent into a verified, rendered course.",
        subcommands: [Build.self, Check.self, RunLesson.self, Bench.self]
    )
}
