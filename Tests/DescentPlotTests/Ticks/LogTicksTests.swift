import Testing

@testable import DescentPlot

@Suite struct LogTicksTests {
    @Test func twelveDecadesAreThinnedToEveryThirdLabel() {
        let ticks = Scale.log(1e-9...1e3).ticks(count: 5)
        let labelled = ticks.filter { $0.label != nil }
        #expect(labelled.map(\.label!) == ["10⁻⁹", "10⁻⁶", "10⁻³", "1", "10³"])
        #expect(ticks.filter { $0.label == nil }.count == 8)
    }

    /// A tick below the domain's low end would be drawn under the x axis, where the x labels are.
    @Test func noTickFallsOutsideAWideLogDomain() {
        let ticks = Scale.log(2e-8...20).ticks(count: 5)
        #expect(ticks.allSatisfy { $0.value >= 2e-8 * (1 - 1e-9) && $0.value <= 20 * (1 + 1e-9) })
        #expect(!ticks.contains { $0.label == "10⁻⁹" })
    }

    @Test func fewDecadesHaveMinorTicks() {
        let ticks = Scale.log(1...1000).ticks(count: 6)
        #expect(ticks.filter(\.isMajor).map(\.label!) == ["1", "10", "100", "10³"])
        #expect(ticks.filter { !$0.isMajor }.map(\.value).prefix(3) == [2, 3, 4])
        #expect(ticks.count == 4 + 3 * 8)
    }

    @Test func narrowLogDomainLabelsOneTwoFive() {
        let labels = Scale.log(1...9).ticks(count: 5).compactMap(\.label)
        #expect(labels == ["1", "2", "5"])
    }

    @Test func symlogTicksAreSignedDecades() {
        let labels = Scale.symlog(-100...1000).ticks(count: 10).compactMap(\.label)
        #expect(labels == ["−100", "−10", "−1", "0", "1", "10", "100", "10³"])
    }

    @Test func linearTicksOnNegativeDomain() {
        let labels = Scale.linear(-1...0).ticks(count: 5).compactMap(\.label)
        #expect(labels == ["−1.0", "−0.8", "−0.6", "−0.4", "−0.2", "0.0"])
    }

    @Test func zeroWidthLinearDomainStillHasTicks() {
        let scale = Scale.linear(5...5)
        #expect(scale.effectiveDomain == 4.5...5.5)
        #expect(scale.ticks(count: 5).count >= 3)
    }
}
