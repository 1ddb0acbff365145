import Testing

@testable import DescentPlot

@Suite struct ExtendedTicksTests {
    @Test func unitIntervalMatchesLabelingExtended() {
        #expect(ExtendedTicks.values(0, 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func offsetIntervalMatchesLabelingExtended() {
        #expect(ExtendedTicks.values(8.1, 14.1, count: 5) == [8, 10, 12, 14])
    }

    @Test func negativeRange() {
        #expect(ExtendedTicks.values(-10, -2, count: 5) == [-10, -8, -6, -4, -2])
    }

    @Test func rangeCrossingZeroIncludesZero() {
        #expect(ExtendedTicks.values(-3.2, 7.9, count: 5).contains(0))
    }

    @Test func tinyRangeHasCleanValues() {
        let ticks = ExtendedTicks.values(0.0001, 0.0002, count: 5)
        #expect(ticks == [0.0001, 0.000125, 0.00015, 0.000175, 0.0002])
    }

    @Test func zeroWidthDomainGivesOneTick() {
        #expect(ExtendedTicks.values(3, 3, count: 5) == [3])
    }

    @Test func onlyLooseEnclosesTheInterval() {
        let ticks = ExtendedTicks.values(0.13, 9.7, count: 5, onlyLoose: true)
        #expect(ticks.first! <= 0.13 && ticks.last! >= 9.7)
    }
}
