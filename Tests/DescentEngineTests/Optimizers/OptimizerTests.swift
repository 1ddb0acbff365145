import Foundation
import Testing

@testable import DescentEngine

/// Every expected number is worked out from the documented rule for f(w) = w² (∇f = 2w),
/// w₀ = 1, lr = 0.1, not taken from the implementation.
@Suite struct OptimizerTests {
    private func steps(_ optimizer: any Optimizer, _ count: Int = 3, rate: Double = 0.1) throws -> [Double] {
        proposals(try runTrace("f(w) = w^2", start: [1], optimizer: optimizer, rate: rate, steps: count))
    }

    @Test func plainGradientDescent() throws {
        #expect(close(try steps(OptimizerRegistry.make("gd")), [0.8, 0.64, 0.512]))
    }

    @Test func momentumStartsWithTheGradientAsBuffer() throws {
        // b1 = g1 = 2 → w = 0.8; g = 1.6, b = 0.9·2 + 1.6 = 3.4 → 0.46; g = 0.92, b = 3.98 → 0.062
        #expect(close(try steps(OptimizerRegistry.make("momentum")), [0.8, 0.46, 0.062]))
    }

    @Test func nesterovLooksAhead() throws {
        // g = 2, b = 2, g' = 2 + 0.9·2 = 3.8 → 0.62; g = 1.24, b = 3.04, g' = 3.976 → 0.2224
        #expect(close(try steps(OptimizerRegistry.make("nesterov"), 2), [0.62, 0.2224]))
    }

    @Test func dampeningWeightDecayAndMaximize() throws {
        let sgd = try OptimizerRegistry.make("sgd", arguments: [Argument("weight_decay", .number(0.5))])
        // g = 2 + 0.5·1 = 2.5 → 0.75
        #expect(close(try steps(sgd, 1), [0.75]))
        let ascent = try OptimizerRegistry.make("sgd", arguments: [Argument("maximize", .bool(true))])
        #expect(close(try steps(ascent, 1), [1.2]))
        let decayedAscent = try OptimizerRegistry.make(
            "sgd", arguments: [Argument("maximize", .bool(true)), Argument("weight_decay", .number(0.5))])
        // torch's code: g = −2 + 0.5·1 = −1.5 → 1.15 (its documented pseudo-code would give 1.25)
        #expect(close(try steps(decayedAscent, 1), [1.15]))
        let damped = try OptimizerRegistry.make("momentum", arguments: [Argument("dampening", .number(0.5))])
        // b1 = 2 → 0.8; g = 1.6, b = 0.9·2 + 0.5·1.6 = 2.6 → 0.54
        #expect(close(try steps(damped, 2), [0.8, 0.54]))
    }

    @Test func adam() throws {
        let w1 = 1 - 0.1 * (0.2 / 0.1) / ((0.004 / 0.001).squareRoot() + 1e-8)
        let g2 = 2 * w1
        let m2 = 0.9 * 0.2 + 0.1 * g2
        let v2 = 0.999 * 0.004 + 0.001 * g2 * g2
        let w2 = w1 - 0.1 * (m2 / (1 - 0.81)) / ((v2 / (1 - 0.998001)).squareRoot() + 1e-8)
        #expect(close(try steps(Adam(), 2), [w1, w2]))
    }

    @Test func adamWDecaysBeforeTheAdamStep() throws {
        let w1 = 1 * (1 - 0.1 * 0.01) - 0.1 * 2 / (2 + 1e-8)
        #expect(close(try steps(AdamW(), 1), [w1]))
    }

    @Test func amsgradKeepsTheLargestSecondMoment() throws {
        let w1 = 1 - 0.1 * 2 / (2 + 1e-8)
        let g2 = 2 * w1
        let m2 = 0.18 + 0.1 * g2
        let v2 = Swift.max(0.004, 0.999 * 0.004 + 0.001 * g2 * g2)
        let w2 = w1 - 0.1 * (m2 / 0.19) / ((v2 / (1 - 0.998001)).squareRoot() + 1e-8)
        #expect(close(try steps(Adam(amsgrad: true), 2), [w1, w2]))
    }

    @Test func adagrad() throws {
        let w1 = 1 - 0.1 * 2 / (4.0.squareRoot() + 1e-10)
        let g2 = 2 * w1
        let w2 = w1 - 0.1 * g2 / ((4 + g2 * g2).squareRoot() + 1e-10)
        #expect(close(try steps(Adagrad(), 2), [w1, w2]))
        // lr_decay 1: the second step uses 0.1 / (1 + 1·1) = 0.05
        let decayed = w1 - 0.05 * g2 / ((4 + g2 * g2).squareRoot() + 1e-10)
        #expect(close(try steps(Adagrad(learningRateDecay: 1), 2), [w1, decayed]))
    }

    @Test func rmsprop() throws {
        let w1 = 1 - 0.1 * 2 / ((0.01 * 4).squareRoot() + 1e-8)
        #expect(close(try steps(RMSprop(), 1), [w1]))
        // centered: ḡ = 0.02, ṽ = 0.04 − 0.0004
        let centered = 1 - 0.1 * 2 / ((0.04 - 0.0004).squareRoot() + 1e-8)
        #expect(close(try steps(RMSprop(centered: true), 1), [centered]))
    }

    @Test func adadeltaDefaultsToRateOne() throws {
        #expect(Adadelta().defaultLearningRate == 1)
        let delta = (0 + 1e-6).squareRoot() / (0.4 + 1e-6).squareRoot() * 2
        #expect(close(try steps(Adadelta(), 1, rate: 1), [1 - delta]))
    }

    @Test func adamax() throws {
        let w1 = 1 - 0.1 * 0.2 / ((1 - 0.9) * (2 + 1e-8))
        let g2 = 2 * w1
        let m2 = 0.18 + 0.1 * g2
        let u2 = Swift.max(0.999 * (2 + 1e-8), Swift.abs(g2) + 1e-8)
        let w2 = w1 - 0.1 * m2 / ((1 - 0.81) * u2)
        #expect(close(try steps(Adamax(), 2), [w1, w2]))
    }

    @Test func nadamUsesTheMuProduct() throws {
        let mu1 = 0.9 * (1 - 0.5 * pow(0.96, 0.004))
        let mu2 = 0.9 * (1 - 0.5 * pow(0.96, 0.008))
        let d = (0.004 / 0.001).squareRoot() + 1e-8
        let w1 = 1 - 0.1 * (1 - mu1) / (1 - mu1) * 2 / d - 0.1 * mu2 / (1 - mu1 * mu2) * 0.2 / d
        #expect(close(try steps(NAdam(), 1), [w1]))
    }

    @Test func radamIsUnrectifiedWhileRhoIsSmall() throws {
        // ρ∞ = 1999, ρ1 = 1 and ρ2 ≈ 2 (≤ 5): plain bias-corrected momentum steps
        let w1 = 1 - 0.1 * 2.0
        let m2 = 0.9 * 0.2 + 0.1 * 2 * w1
        #expect(close(try steps(RAdam(), 2), [w1, w1 - 0.1 * m2 / 0.19]))
    }

    @Test func radamRectifiesOnceRhoExceedsFive() throws {
        var m = 0.0
        var v = 0.0
        var w = 1.0
        let rhoInfinity = 2 / (1 - 0.999) - 1
        for t in 1...8 {
            let g = 2 * w
            let tt = Double(t)
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            let corrected = m / (1 - pow(0.9, tt))
            let rho = rhoInfinity - 2 * tt * pow(0.999, tt) / (1 - pow(0.999, tt))
            if rho > 5 {
                let l = (1 - pow(0.999, tt)).squareRoot() / (v.squareRoot() + 1e-8)
                let r = ((rho - 4) * (rho - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho))
                    .squareRoot()
                w -= 0.1 * corrected * r * l
            } else {
                w -= 0.1 * corrected
            }
        }
        #expect(close(try steps(RAdam(), 8).last!, w))
    }

    /// torch's code negates the gradient first and then adds the weight decay, in every
    /// optimizer: maximizing f with decay λ is minimizing −f with decay λ.
    @Test func maximizeNegatesTheGradientBeforeWeightDecayInEveryOptimizer() throws {
        for name in OptimizerRegistry.names {
            let decay = Argument("weight_decay", .number(0.3))
            let ascent = try OptimizerRegistry.make(name, arguments: [Argument("maximize", .bool(true)), decay])
            let descent = try OptimizerRegistry.make(name, arguments: [decay])
            let up = try runTrace("f(w) = 3*w - w^2", start: [1], optimizer: ascent, rate: 0.05, steps: 5)
            let down = try runTrace("f(w) = w^2 - 3*w", start: [1], optimizer: descent, rate: 0.05, steps: 5)
            #expect(close(proposals(up), proposals(down), 1e-14), "\(name)")
        }
    }
}
