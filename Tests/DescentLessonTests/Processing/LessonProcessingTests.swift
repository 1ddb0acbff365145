import Testing

@testable import DescentLesson

@Suite struct LessonProcessingTests {
    @Test func reproducesTheLecturesLoopExactly() throws {
        let (run, output) = try render("# Loop\n\n" + block("seed-loop", lectureLoop))
        let result = try #require(run.results.first?.results.first)
        #expect(result.outcome == .converged(iteration: 10))
        // The lecture's loop, written out: it stops at i = 10 without applying that step.
        var w = -3.0
        var stoppedAt = -1
        for i in 0..<25 {
            let gradient = 2 * w
            let next = w - 0.3 * gradient
            if abs(next - w) < 0.001, abs(gradient) < 0.001 {
                stoppedAt = i
                break
            }
            w = next
        }
        #expect(stoppedAt == 10)
        #expect(result.finalParameters == [w])
        let text = output.lessonText
        #expect(
            text.contains("| i | w | f′(w) | next w | loss |\n|---:|---:|---:|---:|---:|\n| 0 | -3 | -6 | -1.2 | 9 |\n")
        )
        #expect(
            text.contains(
                "| 10 | -0.000315 | -0.000629 | -0.000126 | 9.9e-8 |\n\nConverged at iteration 10.\n"))
        #expect(text.contains("| GD | converged at iteration 10 | -0.000315 | 9.9e-8 |"))
        #expect(text.contains("Derivative, derived exactly: $f'(w) = 2w$"))
    }

    @Test func buildingTwiceChangesNothing() throws {
        let lesson = "# Loop\n\n" + block("seed-loop", lectureLoop)
        let first = try render(lesson).output.lessonText
        #expect(try render(first).output.lessonText == first)
        #expect(first.hasPrefix(lesson))
    }

    @Test func siteMarkdownHasNoMarkersAndSitePaths() throws {
        let output = try render(block("seed-loop", lectureLoop) + "\nIt took {{seed-loop.iterations}} iterations.\n")
            .output
        #expect(!output.siteMarkdown.contains("descent:begin"))
        #expect(output.siteMarkdown.contains("It took\u{A0}10 iterations."))
        #expect(output.lessonText.contains("It took {{seed-loop.iterations}} iterations."))
    }

    @Test func longRunsElideTheMiddleOfTheStepTable() throws {
        let body = "f(w) = w^2\nstart: w = 1\nlr: 0.01\nsteps: 40\nrows: 6\nshow: table\n"
        let text = try render(block("slow", body)).output.lessonText
        #expect(text.contains("| 2 | 0.96 | 1.92 | 0.941 | 0.922 |"), "three digits tell these rows apart")
        #expect(text.contains("| ⋮ |  |  |  | 34 rows omitted |\n| 37 |"))
        #expect(!text.contains("| 3 | "))
    }

    @Test func sweepsReportConvergenceAndTheoryBesideEachOther() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.1, 0.3, 0.9, 1.0, 1.1
            steps: 200
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: convergence, theory
            expect: lr=0.3 converges within 10 iterations
            expect: lr=1.1 diverges
            expect: lr=1 does not converge
            expect: all match theory

            """
        let text = try render(block("sweep", body)).output.lessonText
        #expect(text.contains("| η = 0.3 ★ | converged | 10 | 0.4 | monotone | 10 |"))
        #expect(text.contains("| η = 0.9 | converged | 39 | -0.8 | oscillating | 39 |"))
        #expect(text.contains("| η = 1 | no convergence | 200 | -1 | cycling | never |"))
        #expect(text.contains("| η = 1.1 | diverged |"))
        #expect(text.contains("★ fastest to converge: η = 0.3 (converged at iteration 10)."))
    }
}

@Suite struct ExpectationTests {
    let sweep = "f(w) = w^2\nstart: w = -3\nlr: 0.1, 0.3, 1.1\nsteps: 100\nstop: |Δw| < 0.001 and |grad| < 0.001\n"

    @Test func passingClaimsBuild() {
        let claims = [
            "lr=0.3 converges", "lr = 0.3 converges in 10 iterations", "lr=0.1 converges within 39 iterations",
            "lr=1.1 diverges within 80 iterations", "lr=0.3 w ≈ 0 ± 1e-3", "lr=0.3 loss < 1e-6",
            "lr=0.3 converges faster than lr=0.1", "lr=0.3 reaches loss < 1e-3 before lr=0.1",
        ]
        #expect(problems(block("s", sweep + claims.map { "expect: \($0)\n" }.joined())) == [])
    }

    @Test func failingClaimsReportTheMeasurement() {
        let lesson = block(
            "s", sweep + "expect: lr=0.1 converges within 12 iterations\nexpect: lr=0.1 converges faster than lr=0.3\n")
        #expect(
            problems(lesson) == [
                "7:9: expectation 'lr=0.1 converges within 12 iterations' failed: measured η = 0.1: converged at iteration 39 (final w = -0.00049846, loss 2.48463e-7)",
                "8:9: expectation 'lr=0.1 converges faster than lr=0.3' failed: measured η = 0.1 at iteration 39; η = 0.3 at iteration 10",
            ])
    }

    @Test func unknownSubjectsAndMalformedClaimsAreErrors() {
        let lesson = block("s", sweep + "expect: adam converges\nexpect: lr=0.3 wanders\n")
        #expect(
            problems(lesson) == [
                "8:9: cannot read this expectation; expected e.g. 'converges within 12 iterations', 'diverges', 'w ≈ 0 ± 1e-3', 'loss < 1e-4', 'adam converges faster than gd' or 'adam reaches loss < 1e-4 before gd'"
            ])
        #expect(
            problems(block("s", sweep + "expect: adam converges\n")) == [
                "7:9: no run matches 'adam'; runs are: η = 0.1; η = 0.3; η = 1.1"
            ])
    }

    @Test func withoutAStopRuleFasterMeansLowerFinalLoss() {
        let bowl = """
            f(x, y) = 0.1*x^2 + 2*y^2
            start: x = -5, y = -2
            optimizer: gd, momentum(momentum=0.5)
            lr: 0.4
            steps: 20

            """
        #expect(problems(block("b", bowl + "expect: momentum converges faster than gd\n")) == [])
        #expect(
            problems(block("b", bowl + "expect: gd converges faster than momentum\n")).first?.contains(
                "compared by final loss") == true)
    }
}

@Suite struct InlineReferenceTests {
    let lesson = block("sweep", "f(w) = w^2\nstart: w = -3\nlr: 0.3, 1.1\nsteps: 50\nstop: |grad| < 0.001\n")

    @Test func resolvesFieldsSelectorsAndBest() throws {
        let prose =
            "A {{sweep.runs}} B {{sweep.best.lr}} C {{sweep[lr=1.1].outcome}} D {{sweep.derivative}} E `{{sweep.nope}}` F {{sweep.final.w}} G {{sweep[lr=0.3].theory.iterations}}\n"
        let site = try render(lesson + "\n" + prose).output.siteMarkdown
        let nbsp = "\u{A0}"
        #expect(
            site.contains(
                "A\(nbsp)2 B\(nbsp)0.3 C\(nbsp)no convergence in 50 steps D\(nbsp)2\\*w E `{{sweep.nope}}` "
                    + "F\(nbsp)−0.0003146 G\(nbsp)10"))
    }

    /// A run budgeted by epochs that used them all says so in epochs, with the steps beside.
    @Test func anEpochBudgetIsNamedInEpochs() throws {
        let fit = block(
            "fit",
            "f(w, b) = mean((w*x + b - y)^2)\ndata: generate(n=10, x=(0, 5), y=2*x + 1, noise=0.5, seed=4)\n"
                + "lr: 0.001\nbatch: 4\nepochs: 3\nshow: summary, plot loss\n")
        let site = try render(fit + "\nIt ended with {{fit.outcome}}.\n").output.siteMarkdown
        #expect(site.contains("no convergence in 3 epochs (9 steps)"))
        #expect(site.contains("The run does not converge in 3 epochs (9 steps)."))
    }

    @Test func aReferenceMayAskForMoreDigits() throws {
        let site = try render(lesson + "\nF {{sweep.final.w:6}} and $w = {{ sweep.final.w : 2 }}$\n").output
            .siteMarkdown
        #expect(site.contains("F\u{A0}−0.000314573 and $w = -0.00031$"))
        let wrong = problems(lesson + "\nF {{sweep.final.w:0}} {{sweep.final.w:x}}\n")
        #expect(wrong.count == 2)
        #expect(wrong.first?.contains("digits in '{{sweep.final.w:0}}' must be a whole number from 1 to 17") == true)
    }

    /// References in code are text: in indented code, in code spans of any backtick length, in
    /// fenced code and in HTML comments they are neither replaced nor reported.
    @Test func referencesInCodeAreLeftAlone() throws {
        let prose =
            "Para.\n\n    {{sweep.nope}} indented\n\nA ``x {{sweep.nope}} ` y`` and `{{a.b}}` B {{sweep.runs}}\n\n"
            + "~~~\n{{sweep.nope}}\n~~~\n\n<!--\n{{sweep.nope}}\n-->\n"
        let site = try render(lesson + "\n" + prose).output.siteMarkdown
        #expect(site.contains("    {{sweep.nope}} indented\n"))
        #expect(site.contains("A ``x {{sweep.nope}} ` y`` and `{{a.b}}` B\u{A0}2\n"))
        #expect(site.contains("~~~\n{{sweep.nope}}\n~~~\n"))
        #expect(site.contains("<!--\n{{sweep.nope}}\n-->\n"))
    }

    @Test func referencesInInlineCommentsAreLeftAloneAndHTMLBlocksGetHTMLEscapes() throws {
        let prose = "Text <!-- {{old.x}} --> more.\n\n<details>\nd: {{sweep.derivative}}\n</details>\n"
        let site = try render(lesson + "\n" + prose).output.siteMarkdown
        #expect(site.contains("Text <!-- {{old.x}} --> more."))
        #expect(site.contains("d: 2*w\n"))
    }

    @Test func columnsInsideAReplacedValueMapToTheReference() {
        var map = ColumnMap()
        map.replace(siteColumn: 8, lessonColumn: 8)
        map.resume(siteColumn: 20, lessonColumn: 25)
        #expect(map.lessonColumn(3) == 3)
        #expect(map.lessonColumn(8) == 8)
        #expect(map.lessonColumn(15) == 8)
        #expect(map.lessonColumn(20) == 25)
        #expect(map.lessonColumn(22) == 27)
    }

    /// Five thousand references on one line resolve in one pass over the line, each at its column.
    @Test func manyReferencesOnOneLine() throws {
        let prose = "R " + String(repeating: "{{sweep.runs}} ", count: 5_000) + "{{sweep.nah}}\n"
        #expect(problems(lesson + "\n" + prose).first?.hasPrefix("9:75003: unknown field 'nah'") == true)
        let site = try render(lesson + "\nR " + String(repeating: "{{sweep.runs}} ", count: 5_000) + "\n").output
            .siteMarkdown
        #expect(
            site.hasSuffix("R\u{A0}" + String(repeating: "2\u{A0}", count: 4_999) + "2 \n"),
            "each kept with the word before")
    }

    @Test func unknownReferencesAreErrorsAtTheirColumn() {
        let prose = "See {{swep.runs}} and {{sweep.speed}}.\n"
        #expect(
            problems(lesson + "\n" + prose) == [
                "9:5: unknown experiment 'swep' in reference '{{swep.runs}}'; did you mean 'sweep'?",
                "9:23: unknown field 'speed' in '{{sweep.speed}}'; fields: "
                    + ReferenceValue.fields.joined(separator: ", "),
            ])
    }
}

@Suite struct RunSelectorTests {
    let facets = RunFacets(
        optimizer: "adam(betas=(0.9, 0.999))", optimizerName: "adam", learningRate: 0.1,
        schedule: "cosine(T_max=20)", start: "w = 1", batch: 8)

    @Test func matchesNamesCallsAsWrittenAndSettings() {
        #expect(RunSelector("adam").matches(facets))
        #expect(RunSelector("adam(betas=(0.9, 0.999))").matches(facets))
        #expect(RunSelector("adam(betas=(0.9,0.999)) lr = 0.1").matches(facets))
        #expect(RunSelector("cosine batch=8 η=0.1").matches(facets))
        #expect(RunSelector("all").matches(facets))
        #expect(!RunSelector("adamw").matches(facets))
        #expect(!RunSelector("adam lr=0.3").matches(facets))
        #expect(RunSelector("adam(betas=(0.9, 0.999)), lr = 0.1").terms == ["adam(betas=(0.9, 0.999))", "lr=0.1"])
    }

    @Test func markerLikeLinesInIndentedCodeAreText() throws {
        let lesson =
            "Markers look like this:\n\n    <!-- descent:begin x sum=00000000 -->\n    <!-- descent:end y -->\n\n"
            + block("d", "f(w) = w^2\n")
        #expect(problems(lesson) == [])
        #expect(try render(lesson).output.lessonText.hasPrefix(lesson))
    }

    @Test func theRawHTMLDirectiveIsNotAMarker() throws {
        let lesson =
            "# T\n\n<!-- descent: raw-html -->\n\n<details><summary>A</summary>x</details>\n\n"
            + block("d", "f(w) = w^2\n")
        #expect(problems(lesson) == [])
        #expect(try render(lesson).output.siteMarkdown.contains("<!-- descent: raw-html -->"))
    }
}

@Suite struct ReferencePlacementTests {
    @Test func valuesAtTheStartOfALineCannotStartAList() throws {
        let lesson =
            block("b", "f(w) = w^2 + 1\nstart: w = -3\nlr: 0.5\nsteps: 3\n")
            + "\nThe loss was\n{{b.loss}}. Final w:\n{{b.final.w}} and {{b.loss}}.\n"
        let site = try render(lesson).output.siteMarkdown
        #expect(site.contains("The loss was\n&#49;. Final w:\n&#48; and\u{A0}1.\n"))
    }

    @Test func runsCanBeSelectedByStartPoint() throws {
        let lesson =
            block(
                "s",
                "f(x) = x^4 - 8*x^2\nstart: x = -0.5; x = 0.5\nlr: 0.01\nsteps: 200\nstop: |grad| < 1e-6\nexpect: x=0.5 x ≈ 2 ± 0.01\nexpect: x = -0.5 x ≈ -2 ± 0.01\n"
            )
            + "\nRight: {{s[x=0.5].final.x}}\n"
        #expect(problems(lesson) == [])
        #expect(try render(lesson).output.siteMarkdown.contains("Right:\u{A0}2\n"))
    }
}

@Suite struct RaceTests {
    @Test func aRunIsNotComparedWithItself() {
        let sweep = "f(w) = w^2\nstart: w = -3\nlr: 0.1, 0.3, 0.45\nsteps: 100\nstop: |grad| < 0.001\n"
        #expect(problems(block("r", sweep + "expect: lr=0.45 converges faster than all\n")) == [])
        #expect(problems(block("r", sweep + "expect: lr=0.3 converges faster than all\n")).count == 1)
    }
}
