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
