import Testing

@testable import DescentCourse

@Suite struct OutputManifestTests {
    @Test func aManifestReadsBackAsItWasWritten() throws {
        let course = try TemporaryCourse(lessons: [:])
        let manifest = OutputManifest(paths: ["index.html", "figures/a-loss.svg", "01-walk.html"])
        try course.write("output/" + OutputManifest.fileName, manifest.text)
        #expect(OutputManifest.read(outputDirectory: course.output) == manifest)
    }

    /// Lines end at any newline a text editor may leave (CR LF, CR, LS, NEL); the comment and
    /// paths the build cannot have written are left out.
    @Test func everyNewlineEndsALineAndOnlyOwnedPathsCount() throws {
        let course = try TemporaryCourse(lessons: [:])
        let text =
            "# comment\r\nindex.html\r\nfigures/a.svg\rb.html\u{2028}c.html\u{85}d.html\n\n"
            + "../escape.html\nfigures/deeper/x.svg\n.hidden\nfigures/.hidden.svg\nother/e.html\n"
        try course.write("output/" + OutputManifest.fileName, text)
        #expect(
            OutputManifest.read(outputDirectory: course.output)?.paths == [
                "b.html", "c.html", "d.html", "figures/a.svg", "index.html",
            ])
    }

    @Test func ownedPathsLieInTheOutputOrItsFiguresFolder() {
        #expect(OutputManifest.isOwned("index.html"))
        #expect(OutputManifest.isOwned("figures/a-loss.svg"))
        #expect(!OutputManifest.isOwned("figures/deeper/a.svg"))
        #expect(!OutputManifest.isOwned("lessons/a.md"))
        #expect(!OutputManifest.isOwned("../a.html"))
        #expect(!OutputManifest.isOwned(".descent-manifest"))
        #expect(!OutputManifest.isOwned("figures//a.svg"))
        #expect(!OutputManifest.isOwned(""))
    }
}
