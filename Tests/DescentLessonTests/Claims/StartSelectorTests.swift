import Testing

@testable import DescentLesson

/// Runs picked by their start point, in claims and references, as docs/lesson-format.md shows.
@Suite struct StartSelectorTests {
    static let hills = block(
        "h",
        """
        f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2
        start: x = -4, y = 4; x = 4, y = 4
        lr: 0.01
        steps: 500
        stop: |grad| < 1e-8
        expect: x=-4 x ≈ -2.805 ± 1e-3
        expect: x=4 y=4 x ≈ 3 ± 1e-3

        """)

    @Test func aClaimPicksTheRunsThatStartThere() {
        #expect(problems(Self.hills) == [])
        #expect(
            problems(Self.hills.replacingOccurrences(of: "x=-4 x ≈ -2.805", with: "x=4 x ≈ -2.805")).first?
                .contains("x = 3") == true,
            "the run from x = 4 ends at x = 3, not −2.805")
    }

    @Test func aReferenceTakesEveryCoordinateWithSpaces() throws {
        let lesson = Self.hills + "\nLeft: {{h[x = -4, y = 4].final.x}}, right: {{h[x=4].final.x}}.\n"
        let page = try render(lesson).output.siteMarkdown
        #expect(page.contains("Left:\u{A0}−2.805, right:\u{A0}3."))
    }
}
