import DescentText
import Testing

@testable import DescentCourse

@Suite struct PathResolverTests {
    /// A folder reached through a link, a file that is a link, a plain file, a missing file.
    @Test func pathsResolveAsRealpathResolvesThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-resolver-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/real/figures", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root + "/out", withDestinationPath: root + "/real")
        try Data("a".utf8).write(to: URL(fileURLWithPath: root + "/real/figures/a.svg"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: root + "/elsewhere/b.md"))
        try manager.createSymbolicLink(atPath: root + "/real/b.md", withDestinationPath: root + "/elsewhere/b.md")
        let real = AtomicWriter.resolvingSymbolicLinks(root)

        let resolver = PathResolver(forPathsIn: [root + "/out/figures/a.svg", root + "/real/b.md"])
        for existing in ["/out/figures/a.svg", "/out/b.md", "/real/figures/a.svg"] {
            #expect(resolver.resolve(root + existing) == AtomicWriter.resolvingSymbolicLinks(root + existing))
        }
        #expect(resolver.resolve(root + "/out/b.md") == real + "/elsewhere/b.md")
        #expect(resolver.resolve(root + "/out/figures/new.svg") == real + "/real/figures/new.svg")
        #expect(resolver.resolve(root + "/missing/new.svg") == root + "/missing/new.svg")
    }
}
