import Testing

@testable import DescentLesson

/// Runs that differ by start point are labelled with typeset numbers, as pages show numbers.
@Suite struct RunLabelsStartTests {
    @Test func negativeStartValuesGetATypographicMinus() {
        #expect(RunLabels.typesetStart("x = -1, y = 1") == "x = −1, y = 1")
        #expect(RunLabels.typesetStart("w = -0.5") == "w = −0.5")
        #expect(RunLabels.typesetStart("w = 3") == "w = 3")
    }
}
