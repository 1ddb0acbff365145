import Foundation
import Testing

@testable import DescentSite

@Suite struct MathFontTests {
    @Test func everySiteCarriesTheFontAndItsLicence() throws {
        let output = Site(courseTitle: "GD").render(lessons: [SiteLesson(slug: "a", markdown: "$x$\n")])
        #expect(
            output.assets.map(\.path) == ["descent-math.woff2", "GUST-FONT-LICENSE.txt", "README-Descent-Math.txt"])
        let font = try #require(output.assets.first).contents
        #expect(font.prefix(4) == Data("wOF2".utf8))
        #expect(font.count > 100_000 && font.count < 250_000)
        let licence = String(decoding: output.assets[1].contents, as: UTF8.self)
        #expect(licence.contains("GUST Font License"))
        #expect(!output.files.map(\.path).contains("descent-math.woff2"))
    }

    /// The bytes embedded in the binary are exactly the committed files they were made from
    /// (`scripts/embed-math-font.py`), so neither can change without the other.
    @Test func embeddedFilesEqualTheCommittedOnes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/DescentSite/Resources/MathFont").standardized
        for asset in MathFont.files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(asset.path)) == asset.contents, "\(asset.path)")
        }
    }

    @Test func stylesheetUsesTheFontForMath() {
        let css = Stylesheet.css()
        #expect(css.contains(#"font-family: "Descent Math"; src: url("descent-math.woff2") format("woff2");"#))
        #expect(css.contains(#"math { font-family: "Descent Math", "#))
        #expect(css.contains(#"msup > :nth-child(2)"#) && css.contains(#"font-feature-settings: "ssty" 1;"#))
        #expect(css.contains(".math-nowrap { white-space: nowrap; }"))
    }
}
