import DescentText
import Foundation
import Testing

@testable import DescentCourse

@Suite struct PreviewResponderTests {
    let snapshot = PreviewSnapshot(
        generation: 7,
        files: [
            "index.html": Data("<html><body><p>home</p></body></html>".utf8),
            "01-walk.html": Data("<html><body><p>walk</p></body></html>".utf8),
            "figures/walk.svg": Data("<svg/>".utf8),
        ])

    private func text(_ response: PreviewResponder.Response) -> String {
        String(decoding: response.body, as: UTF8.self)
    }

    @Test func theRootAndFoldersServeTheirIndex() {
        #expect(PreviewResponder.sitePath("/") == "index.html")
        #expect(PreviewResponder.sitePath("/figures/") == "figures/index.html")
        #expect(PreviewResponder.sitePath("/01-walk.html?x=1") == "01-walk.html")
        #expect(text(PreviewResponder.respond(to: "/", in: snapshot)).contains("home"))
    }

    @Test func pathsLeavingTheSiteAreRefusedBeforeAnyLookUp() {
        for target in [
            "/../Package.swift", "/%2e%2e/Package.swift", "/figures/%2E%2E/%2E%2E/etc/passwd", "/a\\b", "/%00",
        ] {
            let response = PreviewResponder.respond(to: target, in: snapshot)
            #expect(response.status == 403, "\(target)")
        }
    }

    @Test func aMissingFileGetsA404Page() {
        let response = PreviewResponder.respond(to: "/nope.html", in: snapshot)
        #expect(response.status == 404)
        #expect(text(response).contains("nope.html"))
        #expect(PreviewResponder.respond(to: "/favicon.ico", in: snapshot).status == 204)
    }

    @Test func pagesGetTheReloadScriptAndOtherFilesAreServedAsBuilt() {
        let page = text(PreviewResponder.respond(to: "/01-walk.html", in: snapshot))
        #expect(page.contains("after=\"+g") && page.contains("var g=7;"))
        #expect(page.hasSuffix("</script></body></html>"))
        let figure = PreviewResponder.respond(to: "/figures/walk.svg", in: snapshot)
        #expect(figure.body == Data("<svg/>".utf8))
        #expect(figure.contentType == "image/svg+xml")
        #expect(figure.entityTag?.hasPrefix("\"") == true)
        #expect(PreviewResponder.respond(to: "/01-walk.html", in: snapshot).entityTag == nil)
    }

    @Test func whileTheBuildFailsEveryPageShowsTheErrorsWithTheirCaret() {
        var failed = snapshot
        failed.failure = DiagnosticList([
            Diagnostic(
                path: "lessons/01-walk.md", line: 3, column: 12, message: "unknown optimizer 'adma'",
                sourceLine: "optimizer: adma")
        ])
        let page = text(PreviewResponder.respond(to: "/index.html", in: failed))
        #expect(page.contains("lessons/01-walk.md:3:12: error: unknown optimizer &#39;adma&#39;"))
        #expect(page.contains("           ^"))
        #expect(page.contains("var g=7;"))
        #expect(PreviewResponder.respond(to: "/figures/walk.svg", in: failed).body == Data("<svg/>".utf8))
    }
}
