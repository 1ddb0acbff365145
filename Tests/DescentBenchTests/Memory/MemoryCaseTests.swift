import Foundation
import Testing

@testable import DescentBench

/// The memory section's cases and lines (the measurements themselves run in `descent bench`).
@Suite struct MemoryCaseTests {
    @Test func theBaselineComesFirstAndEveryOtherCaseHasATarget() {
        let cases = MemoryCase.all
        #expect(cases.first?.targetMB == nil)
        #expect(cases.dropFirst().allSatisfy { $0.targetMB != nil })
        #expect(Set(cases.map(\.name)).count == cases.count)
        #expect(
            cases.contains {
                $0.name.hasPrefix("4,000 runs × 20,000 steps, convergence + plot sweep") && $0.targetMB == 300
            })
    }

    @Test func issue12sCasesHaveTheirBudgets() throws {
        let sweep = try #require(MemoryCase.all.first { $0.name.hasPrefix("1,000 runs × 10,000 steps") })
        #expect(sweep.targetMB == 60)
        #expect(sweep.command == .check)
        #expect(sweep.lesson.contains("show: convergence, plot sweep, plot loss"))
        let run = try #require(MemoryCase.all.first { $0.command == .runJSON })
        #expect(run.steps == 3_000_000)
        #expect(run.targetMB != nil)
    }

    @Test func logRatesSpanTheirRangeEvenlyOnALogScale() {
        let rates = MemoryCase.logRates(1000, from: 1e-4, to: 1e-1).split(separator: ", ").compactMap { Double($0) }
        #expect(rates.count == 1000)
        #expect(rates.first == 1e-4 && rates.last == 0.1)
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func ratesListTheRequestedNumberOfPositiveValues() {
        let rates = MemoryCase.rates(4000, 0.0001).split(separator: ",")
        #expect(rates.count == 4000)
        #expect(rates.allSatisfy { (Double($0.trimmingCharacters(in: .whitespaces)) ?? 0) > 0 })
    }

    @Test func aLineShowsThePeakTheTargetAndTheVerdict() {
        let result = MemoryBenchmark.Result(
            memoryCase: MemoryCase(name: "case", lesson: "", targetMB: 300), peakMB: 42.25, seconds: 1.5, exitStatus: 1)
        let line = MemoryReport.line(result)
        #expect(line.contains("   42.2 MB") || line.contains("   42.3 MB"))
        #expect(line.contains("target ≤ 300 MB"))
        #expect(line.contains(" ok "))
        var failed = result
        failed.exitStatus = 2
        #expect(failed.verdict == "FAIL (exit 2)")
    }
}
