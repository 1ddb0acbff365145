import Testing

@testable import DescentPlot

@Suite struct ExtendedTicksTests {
    @Test func unitIntervalStepsByOneTwoFive() {
        #expect(ExtendedTicks.values(0, 1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    /// R's labeling also steps by 2.5, 4 and 3 (0.25, 0.04, 0.3); a course's axes step by 1,
    /// 2 or 5 × 10ⁿ only, whatever the range and tick count.
    @Test func everyStepIsOneTwoOrFiveTimesAPowerOfTen() {
        let ranges: [(Double, Double)] = [
            (0, 1), (0.49, 0.68), (8.1, 14.1), (0, 0.06), (-3.2, 7.9), (0, 5000), (0.1, 0.45),
        ]
        for (low, high) in ranges {
            for count in 2...8 {
                let ticks = ExtendedTicks.values(low, high, count: count)
                guard ticks.count > 1 else { continue }
                let step = ticks[1] - ticks[0]
                #expect(ExtendedTicks.isOneTwoFive(step), "\(low)…\(high), \(count) ticks: step \(step)")
            }
        }
        #expect(!ExtendedTicks.isOneTwoFive(0.3) && !ExtendedTicks.isOneTwoFive(0.25) && !ExtendedTicks.isOneTwoFive(4))
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
        #expect(ticks == [0.0001, 0.00012, 0.00014, 0.00016, 0.00018, 0.0002])
    }

    @Test func zeroWidthDomainGivesOneTick() {
        #expect(ExtendedTicks.values(3, 3, count: 5) == [3])
    }

    @Test func onlyLooseEnclosesTheInterval() {
        let ticks = ExtendedTicks.values(0.13, 9.7, count: 5, onlyLoose: true)
        #expect(ticks.first! <= 0.13 && ticks.last! >= 9.7)
    }
}
