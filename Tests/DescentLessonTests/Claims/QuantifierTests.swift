import Testing

@testable import DescentLesson

/// `best`, `all` and `any` in claims over several runs.
@Suite struct QuantifierTests {
    /// GD converges at iteration 152, momentum at 49, Adam at 300 (η = 0.1) and 278 (η = 0.3).
    static let race = """
        f(x, y) = 0.1*x^2 + 2*y^2
        start: x = -8, y = 1
        optimizer: gd(lr=0.45), momentum(momentum=0.4, lr=0.6), adam(lr=(0.1, 0.3))
        steps: 1000
        stop: |grad| < 1e-6

        """

    func check(_ claim: String) -> [String] {
        problems("# T\n\n" + block("race", Self.race + "expect: \(claim)\n"))
    }

    @Test func theRunsOfOneRateAreSelectedByOptimizerAndLr() {
        #expect(check("momentum lr=0.6 converges faster than gd lr=0.45") == [])
        #expect(check("adam lr=0.3 converges faster than adam lr=0.1") == [])
    }

    @Test func withoutAQuantifierEveryRunOfTheSubjectMustWin() {
        #expect(check("gd converges faster than adam") == [])
        #expect(
            check("momentum converges faster than all") == [],
            "all, with nothing after it, is every other run")
        #expect(
            check("adam converges faster than gd")
                == [
                    "9:9: expectation 'adam converges faster than gd' failed: measured Adam with η = 0.1 at iteration 300; Adam with η = 0.3 at iteration 278; GD with η = 0.45 at iteration 152"
                ])
    }

    @Test func bestComparesTheBestRunOfEachSide() {
        #expect(check("best adam reaches loss < 1e-6 before momentum") != [])
        #expect(check("best momentum reaches loss < 1e-6 before best adam") == [])
        #expect(
            check("best adam converges faster than best gd")
                == [
                    "9:9: expectation 'best adam converges faster than best gd' failed: best adam is Adam with η = 0.3 (at iteration 278), best gd is GD with η = 0.45 (at iteration 152); measured Adam with η = 0.1 at iteration 300; Adam with η = 0.3 at iteration 278; GD with η = 0.45 at iteration 152"
                ])
    }

    @Test func anyOnTheOtherSideNeedsToBeatOnlyItsSlowestRun() {
        #expect(check("gd converges faster than any adam") == [])
        #expect(check("adam lr=0.3 converges faster than any adam") == [], "278 beats 300")
        #expect(check("adam lr=0.3 converges faster than all adam lr=0.1") == [])
        #expect(check("gd converges faster than any momentum") != [])
    }

    @Test func anyOnASingleRunClaimNeedsOneMatchingRun() {
        #expect(check("any adam converges within 280 iterations") == [])
        #expect(check("adam converges within 280 iterations") != [], "the η = 0.1 run needs 300")
        #expect(
            check("any adam converges within 10 iterations")
                == [
                    "9:9: expectation 'any adam converges within 10 iterations' failed: no matching run holds it; measured Adam with η = 0.1: converged at iteration 300 (final x = 4.56317e-6, y = 6.67089e-8, loss 2.09115e-12); Adam with η = 0.3: converged at iteration 278 (final x = 2.07151e-6, y = -1.19546e-7, loss 4.57698e-13)"
                ])
    }

    @Test func misplacedQuantifiersAreErrorsAtTheWord() {
        #expect(
            check("adam best converges faster than gd") == [
                "9:14: 'best' must be the first word of the runs it picks from, as in 'best adam'"
            ])
        #expect(
            check("best adam reaches loss ≤ 1e-6 before gd any").first?.hasPrefix("9:") == true)
        #expect(
            check("best adam reaches loss < 1e-6 before gd any") == [
                "9:49: 'any' must be the first word of the runs it picks from, as in 'any adam'"
            ])
        #expect(
            check("best adam loss < 1") == [
                "9:9: 'best' picks the winner of a race ('converges faster than', 'reaches loss < X before'); for a claim about each run write 'all' or 'any'"
            ])
    }

    @Test func offsetsCountTheCharactersAsWritten() {
        #expect(
            check("any adam x ≈ 0 ± 1e-3 best").first?.hasPrefix("9:") == true)
        #expect(
            check("best adam reaches loss < 1e-6 before −gd best").first?.hasPrefix("9:50:") == true,
            "'−' is one character of the line, however it is read")
    }
}
