import Dispatch

/// A grid of runs: any of learning rate, start, optimizer and rate rule given as a list.
///
/// The grid is the cartesian product in a fixed order — optimizers outermost, then rate rules,
/// then learning rates, then starts (the last varies fastest) — and results come back in that
/// order however many threads ran them. At most ``maximumRuns`` runs.
public struct Sweep: Sendable {
    /// The most runs one sweep may hold.
    public static let maximumRuns = 10_000

    /// Settings shared by every run (and the values used for any axis left nil).
    public var base: RunConfiguration
    /// Optimizers to try, or nil for the base optimizer.
    public var optimizers: [any Optimizer]?
    /// Rate rules to try, or nil for the base rule.
    public var rateRules: [any RateController]?
    /// Learning rates to try, or nil for the base rate.
    public var learningRates: [Double]?
    /// Start points to try, or nil for the base start.
    public var starts: [[Double]]?

    /// A sweep over the given axes.
    public init(base: RunConfiguration, optimizers: [any Optimizer]? = nil, rateRules: [any RateController]? = nil,
                learningRates: [Double]? = nil, starts: [[Double]]? = nil) {
        self.base = base
        self.optimizers = optimizers
        self.rateRules = rateRules
        self.learningRates = learningRates
        self.starts = starts
    }

    /// Every run's configuration, in sweep order.
    public func configurations() throws(RunError) -> [RunConfiguration] {
        let optimizerAxis = optimizers ?? [base.optimizer]
        let ruleAxis = rateRules ?? [base.rateRule]
        let rateAxis: [Double?] = learningRates ?? [base.learningRate]
        let startAxis = starts ?? [base.start]
        let total = optimizerAxis.count * ruleAxis.count * rateAxis.count * startAxis.count
        guard total <= Self.maximumRuns else {
            throw RunError("a sweep may hold at most \(Self.maximumRuns) runs, this one has \(total)")
        }
        guard total > 0 else { throw RunError("a sweep axis is empty") }
        var result: [RunConfiguration] = []
        result.reserveCapacity(total)
        for optimizer in optimizerAxis {
            for rule in ruleAxis {
                for rate in rateAxis {
                    for start in startAxis {
                        var configuration = base
                        configuration.optimizer = optimizer
                        configuration.rateRule = rule
                        configuration.learningRate = rate
                        configuration.start = start
                        try configuration.validate()
                        result.append(configuration)
                    }
                }
            }
        }
        return result
    }

    /// Runs every configuration on `threads` threads (default: all active processors) with
    /// `DispatchQueue.concurrentPerform`; results in sweep order.
    public func run(threads: Int? = nil) throws(RunError) -> [RunResult] {
        let all = try configurations()
        let workers = Swift.max(1, Swift.min(threads ?? ProcessInfoCores.count, all.count))
        var results = [RunResult?](repeating: nil, count: all.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: all.count, by: workers) {
                    slots.buffer[index] = try? Run.execute(all[index])
                }
            }
        }
        return results.compactMap { $0 }
    }
}

/// A buffer each worker writes disjoint slots of.
private struct SendableBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<RunResult?>
    init(_ buffer: UnsafeMutableBufferPointer<RunResult?>) { self.buffer = buffer }
}

/// The number of processors available to the sweep.
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}

import Foundation
