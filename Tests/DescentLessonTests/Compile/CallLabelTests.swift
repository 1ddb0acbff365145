import Testing

@testable import DescentLesson

/// Labels name a method as people write it and never start with a lowercase identifier.
@Suite struct CallLabelTests {
    @Test func anArgumentNamedLikeTheMethodIsItsValue() {
        #expect(CallLabel.display("momentum(momentum=0.5)") == "Momentum 0.5")
        #expect(CallLabel.display("momentum(dampening=0.1, momentum=0.5)") == "Momentum 0.5 (dampening 0.1)")
    }

    @Test func otherArgumentsReadAsNameAndValue() {
        #expect(CallLabel.display("adam(betas=(0.9, 0.999), eps=1e-8)") == "Adam (betas (0.9, 0.999), eps 1e-8)")
        #expect(CallLabel.display("warm_restarts(T_0=10, T_mult=2)") == "Warm restarts (T_0 10, T_mult 2)")
    }

    @Test func aSwitchReadsAsAWordNotTrueOrFalse() {
        #expect(CallLabel.display("hypergradient(beta=0.1, normalized=true)") == "Hypergradient (beta 0.1, normalized)")
        #expect(
            CallLabel.display("cyclic(base_lr=0.001, cycle_momentum=false)")
                == "Cyclic (base_lr 0.001, no cycle_momentum)")
    }

    @Test func methodsAreSpelledAsTheirAuthorsSpellThem() {
        #expect(CallLabel.display("gd") == "GD")
        #expect(CallLabel.display("rmsprop") == "RMSprop")
        #expect(CallLabel.display("adamw()") == "AdamW")
        #expect(CallLabel.display("nesterov") == "Nesterov")
        #expect(CallLabel.display("bold_driver") == "Bold driver")
    }

    @Test func aCallThatDoesNotReadAsKeysAndValuesIsKeptWhole() {
        #expect(CallLabel.display("step(10)") == "step(10)")
        #expect(CallLabel.display("odd(") == "odd(")
    }

    @Test func sweepLabelsSayEtaWhereTheProseDoes() throws {
        let lesson = block(
            "sweep", "f(w) = w^2\nstart: w = 1\noptimizer: gd, momentum(momentum=0.5)\nlr: 0.1, 0.3\nsteps: 3\n")
        let run = try render(lesson).run
        #expect(
            run.results[0].pairs.map(\.run.label) == [
                "GD with η = 0.1", "GD with η = 0.3", "Momentum 0.5 with η = 0.1", "Momentum 0.5 with η = 0.3",
            ])
    }

    @Test func threeVaryingSettingsAreJoinedWithoutACommaOutsideParentheses() throws {
        let body =
            "f(w) = w^2\nstart: w = 1\noptimizer: gd, adam\nschedule: constant, step(step_size=2, gamma=0.5)\n"
            + "lr: 0.1, 0.3\nsteps: 3\n"
        let labels = try render(block("sweep", body)).run.results[0].pairs.map(\.run.label)
        #expect(labels.first == "GD with Constant and η = 0.1")
        #expect(labels.last == "Adam with Step (step_size 2, gamma 0.5) and η = 0.3")
    }

    @Test func aLoneRunUnderARuleIsNamedWithItsRule() throws {
        let scheduled = block(
            "lone", "f(w) = w^2\nstart: w = 1\nlr: 1\nschedule: hypergradient(beta=0.01)\nsteps: 3\n")
        #expect(try render(scheduled).run.results[0].pairs.map(\.run.label) == ["GD with Hypergradient (beta 0.01)"])
        let plain = block("plain", "f(w) = w^2\nstart: w = 1\nlr: 0.1\nsteps: 3\n")
        #expect(try render(plain).run.results[0].pairs.map(\.run.label) == ["GD"])
    }
}
