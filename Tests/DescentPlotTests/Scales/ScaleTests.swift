import Testing

@testable import DescentPlot

@Suite struct ScaleTests {
    @Test(arguments: [
        Scale.linear(-3...7), Scale.log(1e-6...1e2), Scale.symlog(-50...5000, constant: 0.5),
    ])
    func mappingRoundTrips(scale: Scale) {
        let ranged = scale.withRange(40, 640)
        for value in [
            scale.domain.lowerBound, scale.domain.upperBound, (scale.domain.lowerBound + scale.domain.upperBound) / 3,
        ] {
            let pixel = ranged(value)
            #expect(abs(ranged.invert(pixel) - value) <= 1e-9 * max(1, abs(value)))
        }
        #expect(ranged(scale.domain.lowerBound) == 40)
        #expect(abs(ranged(scale.domain.upperBound) - 640) < 1e-9)
    }

    @Test func logMapsDecadesEvenly() {
        let scale = Scale.log(1...1000).withRange(0, 300)
        #expect(abs(scale(10) - 100) < 1e-9)
        #expect(scale(0) == -.infinity)
        #expect(scale(-1).isNaN)
    }

    @Test func symlogIsOddAndCrossesZero() {
        let kind = ScaleKind.symlog(constant: 1)
        #expect(kind.forward(0) == 0)
        #expect(kind.forward(-9) == -kind.forward(9))
        #expect(abs(kind.forward(9) - 1) < 1e-12)
    }

    @Test func niceExtendsToRoundValues() {
        #expect(Scale.linear(0.13...9.7).nice().domain == 0...10)
        // A log axis ends at the nearest 1, 2 or 5 × 10ⁿ, never a whole decade beyond the data.
        #expect(Scale.log(0.03...420).nice().domain == 0.02...500)
        #expect(Scale.log(0.013...2.6).nice().domain == 0.01...5)
        #expect(Scale.log(0.01...100).nice().domain == 0.01...100)
    }

    @Test func logAxisAboveOneLabelsItsTop() {
        let labels = Scale.log(0.013...2.6).nice().ticks(count: 5).compactMap(\.label)
        #expect(labels.last == "5")
        #expect(labels.contains("1"))
        let big = Scale.log(1...4350).nice().ticks(count: 5).compactMap(\.label)
        #expect(big.last == "5\u{202F}×\u{202F}10³", "\(big)")
    }

    /// On an axis over many decades the top sits so close to the highest decade that both
    /// labels would touch: the decade keeps its label, the top goes without.
    @Test func aTopCrowdingTheHighestDecadeStaysUnlabelled() {
        let labels = Scale.log(1e-21...20).ticks(count: 5).compactMap(\.label)
        #expect(!labels.contains("20"), "\(labels)")
        #expect(labels.contains("1"))
    }

    /// An axis holding only two powers of ten labels its 1-2-5 values, each as short as it
    /// can be written.
    @Test func aTwoDecadeAxisLabelsOneTwoFive() {
        let labels = Scale.log(0.08...4).ticks(count: 5).compactMap(\.label)
        #expect(labels == ["0.1", "0.2", "0.5", "1", "2"], "\(labels)")
    }

    @Test func paddingWidensInTransformedSpace() {
        #expect(Scale.linear(-10...10).padded(by: 0.1).domain == -12...12)
        #expect(Scale.linear(0...10).padded(by: 0.1, crossingZero: true).domain == -1...11)
        let log = Scale.log(1...100).padded(by: 0.5).domain
        #expect(abs(log.lowerBound - 0.1) < 1e-12 && abs(log.upperBound - 1000) < 1e-9)
    }

    /// Learning rates are never negative: a padded domain that would cross zero stops there
    /// (fit-decay-lr ran down to −0.01), on either side of it.
    @Test func paddingDoesNotCrossZero() {
        #expect(Scale.linear(0...10).padded(by: 0.1).domain == 0...11)
        #expect(Scale.linear(0.2...10).padded(by: 0.1).domain == 0...10.98)
        #expect(Scale.linear(-10...(-0.5)).padded(by: 0.1).domain == -10.95...0)
        #expect(Scale.linear(0...0.1).padded(by: 0.04).nice().domain.lowerBound == 0)
        #expect(Scale.symlog(0...100).padded(by: 0.1).domain.lowerBound == 0)
    }

    @Test func fittingIgnoresValuesTheScaleCannotShow() {
        #expect(Scale.fitting([3, .nan, -2, .infinity, 8]).domain == -2...8)
        #expect(Scale.fitting([0, -1, 0.01, 100], kind: .log).domain == 0.01...100)
        #expect(Scale.fitting([Double]()).domain == 0...1)
    }
}
