import ArgumentParser
import DescentCourse
import DescentText

/// `descent preview`: build the course in memory, serve it on 127.0.0.1, rebuild and reload the
/// open page whenever a file in the lessons directory changes.
struct Preview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve the course on 127.0.0.1 and reload the page on every save.",
        discussion: """
            Lessons and the output directory are never written: pages show what `descent build` \
            would produce, from memory. Run `descent build` to splice the results into the lessons. \
            Errors appear in the terminal and in the browser in place of the page. Stop with Ctrl-C.
            """
    )

    @OptionGroup var course: CourseOptions

    @Option(help: "Port to listen on; when it is taken, the next free one of the 20 after it.")
    var port: UInt16 = 8000

    @Flag(help: "Open the course in the default browser (xdg-open).")
    var open = false

    func run() async throws {
        let session = PreviewSession(layout: try course.layout)
        report(session.rebuild(), first: true)
        let server: PreviewServer
        do { server = try await PreviewServer.start(session: session, port: port) } catch {
            StandardStream.error.print("error: \(error.message)")
            throw ExitCode(1)
        }
        let address = "http://127.0.0.1:\(server.port)/"
        say("previewing \(course.lessons) at \(address) (Ctrl-C to stop)")
        if open { Self.openInBrowser(address) }
        let watcher = PollingCourseWatcher(directory: course.lessons)
        while !Task.isCancelled {
            await watcher.nextChange()
            report(session.rebuild(), first: false)
        }
    }

    private func report(_ outcome: PreviewSession.Outcome, first: Bool) {
        let milliseconds = Int(outcome.duration / .milliseconds(1))
        if outcome.failed {
            outcome.diagnostics.print(as: .text)
            let count = outcome.diagnostics.diagnostics.count
            StandardStream.error.print(
                "\(count) error\(count == 1 ? "" : "s"); the browser shows them until they are fixed")
            return
        }
        outcome.diagnostics.print(as: .text)
        let ran = outcome.lessonsRun.isEmpty ? "nothing ran" : "ran " + outcome.lessonsRun.joined(separator: ", ")
        say("\(first ? "built" : "rebuilt") in \(milliseconds) ms (\(ran))")
    }

    /// A line on standard output, written at once (`print` holds it in a buffer when the output
    /// is a pipe, and a preview runs until it is stopped).
    private func say(_ line: String) {
        StandardStream.output.print(line)
    }

    private static func openInBrowser(_ address: String) {
        if !BrowserLauncher.open(address) {
            StandardStream.error.print("could not open a browser: open \(address) yourself")
        }
    }
}
