import Foundation
import Testing

@testable import DescentEngine

@Suite struct WarmRestartsTests {
    /// The rule as first written: walk the cycles from the start on every call (PyTorch's
    /// `scheduler.step()` walk), so a run of n steps with T_0 = 1 costs n²/2 iterations.
    private func walked(_ schedule: WarmRestartsSchedule, at t: Int, base: Double) -> (
        rate: Double, elapsed: Int, length: Int
    ) {
        var elapsed = t
        var length = schedule.firstPeriod
        while elapsed >= length {
            elapsed -= length
            length *= schedule.periodMultiplier
        }
        let rate =
            schedule.minimumRate
            + (base - schedule.minimumRate) * (1 + Foundation.cos(Double.pi * Double(elapsed) / Double(length))) / 2
        return (rate, elapsed, length)
    }

    private let pairs = [
        (1, 1), (3, 1), (7, 1), (1, 2), (2, 2), (3, 2), (1, 3), (5, 3), (1, 4), (2, 5), (1, 10), (3, 10), (1, 7),
    ]

    @Test func closedFormMatchesTheWalkBitForBit() {
        for (first, multiplier) in pairs {
            let schedule = WarmRestartsSchedule(firstPeriod: first, periodMultiplier: multiplier, minimumRate: 0.01)
            for t in 0..<5_000 {
                let expected = walked(schedule, at: t, base: 0.3)
                let position = schedule.position(at: t)
                #expect(
                    position.elapsed == expected.elapsed && position.length == expected.length,
                    "T_0 = \(first), T_mult = \(multiplier), t = \(t)")
                #expect(schedule.rate(at: t, base: 0.3).bitPattern == expected.rate.bitPattern)
                if position.elapsed != expected.elapsed { return }
            }
        }
    }

    @Test func exactBoundariesRestart() {
        // T_0 = 1, T_mult = 10: cycles start at 0, 1, 11, 111, 1111, 11111. At t = 111 PyTorch's
        // step(epoch) computes log₁₀(1000) = 2.9999999999999996 and stays in cycle 2; the
        // walk (and this schedule) restart there at the base rate.
        let schedule = WarmRestartsSchedule(firstPeriod: 1, periodMultiplier: 10)
        for start in [1, 11, 111, 1_111, 11_111, 111_111_111_111] {
            #expect(schedule.position(at: start).elapsed == 0)
            #expect(schedule.rate(at: start, base: 0.5) == 0.5)
            #expect(schedule.position(at: start - 1).elapsed == schedule.position(at: start - 1).length - 1)
        }
    }

    @Test func positionTakesBoundedWorkAtAnyIteration() {
        // The walk takes t/T_0 iterations with T_mult = 1 (10¹⁵ here) and about log t with
        // T_mult > 1; the closed form corrects the logarithm's cycle number at most once.
        let once = WarmRestartsSchedule(firstPeriod: 1)
        #expect(once.position(at: 1_000_000_000_000_000) == .init(elapsed: 0, length: 1))
        let seven = WarmRestartsSchedule(firstPeriod: 7)
        #expect(seven.position(at: 1_000_000_000_000_000).elapsed == 1_000_000_000_000_000 % 7)
        for (first, multiplier) in pairs where multiplier > 1 {
            let schedule = WarmRestartsSchedule(firstPeriod: first, periodMultiplier: multiplier)
            for t in Array(0..<3_000) + [Int.max / 2, Int.max - 1, Int.max] {
                #expect(schedule.position(at: t).corrections <= 1, "T_0 = \(first), T_mult = \(multiplier), t = \(t)")
            }
        }
        // T_0 = 1, T_mult = 2: cycle n starts at 2ⁿ − 1, so Int.max = 2⁶³ − 1 opens cycle 63,
        // whose length 2⁶³ does not fit (it is held at Int.max); the walk would overflow there.
        let doubling = WarmRestartsSchedule(firstPeriod: 1, periodMultiplier: 2)
        #expect(doubling.position(at: Int.max - 1) == .init(elapsed: (1 << 62) - 1, length: 1 << 62))
        #expect(doubling.position(at: Int.max).elapsed == 0)
        #expect(doubling.position(at: Int.max).length == Int.max)
    }
}
