import Foundation
import Testing

@testable import DescentBench

@Suite struct SweepBenchmarkTests {
    @Test func ratesSpanOneThousandthToOneTenthLogarithmically() {
        let rates = SweepBenchmark.learningRates(runs: 1_000)
        #expect(rates.count == 1_000)
        #expect(rates.first == 1e-4)
        #expect(abs(rates.last! - 0.1) < 1e-15)
        #expect(abs(rates[333] / rates[0] - pow(1e3, 333.0 / 999)) < 1e-12)
    }

    @Test func everyWayOfRunningTheSweepGivesTheSameLosses() throws {
        let ways = [(1, true), (2, true), (2, false)]
        let measured = try ways.map { threads, lockstep in
            try #require(SweepBenchmark.measure(runs: 12, steps: 200, threads: threads, lockstep: lockstep, repeats: 1))
        }
        #expect(measured.allSatisfy { $0.seconds > 0 && $0.finalLosses.count == 12 })
        let bits = measured.map { $0.finalLosses.map(\.bitPattern) }
        #expect(bits[0] == bits[1] && bits[1] == bits[2])
        #expect(measured[0].finalLosses.last! < measured[0].finalLosses.first!, "larger rates get further")
    }

    @Test func medianIsTheMiddleTiming() {
        var calls = 0
        let seconds = Repeated.medianSeconds(3) { calls += 1 }
        #expect(calls == 3 && seconds >= 0)
    }
}
