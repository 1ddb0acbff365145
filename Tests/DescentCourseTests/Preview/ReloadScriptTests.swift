import DescentText
import Testing

@testable import DescentCourse

@Suite struct ReloadScriptTests {
    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let script = ReloadScript.element(generation: 3)
        let page = Data("<p>a</body> text</body>\n".utf8)
        let injected = String(decoding: ReloadScript.inject(into: page, generation: 3), as: UTF8.self)
        #expect(injected == "<p>a</body> text" + script + "</body>\n")
    }

    @Test func aPageWithoutABodyGetsTheScriptAtItsEnd() {
        let script = ReloadScript.element(generation: 1)
        for text in ["", "</bod", "<p>x</p>"] {
            let injected = ReloadScript.inject(into: Data(text.utf8), generation: 1)
            #expect(String(decoding: injected, as: UTF8.self) == text + script)
        }
        let atStart = ReloadScript.inject(into: Data("</body>".utf8), generation: 1)
        #expect(String(decoding: atStart, as: UTF8.self) == script + "</body>")
    }
}
