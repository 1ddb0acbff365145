import ArgumentParser
import DescentCourse

/// `descent init [DIR]`: start a course that builds at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new course: a first lesson, settings, .gitignore, README and a CI workflow.",
        discussion:
            "Exit status: 0 created, 2 the folder is not empty (without --force) or a file could not be written."
    )

    @Argument(help: "Folder for the course (default: the current folder); created when missing.")
    var directory = "."

    @Flag(help: "Add the course's files to a folder that is not empty; existing files are never replaced.")
    var force = false

    func run() throws {
        let result: CourseInitializer.Result
        do { result = try CourseInitializer.create(in: directory, force: force) } catch { throw error.report() }
        for path in result.written { print("created \(path)") }
        for path in result.kept { print("kept \(path) (it exists)") }
        let place = directory == "." ? "" : "cd \(directory) && "
        print("next: \(place)descent preview   (or descent build)")
    }
}
