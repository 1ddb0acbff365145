/// The generated inputs of the scaling benchmark: valid lessons and formulas whose size is one
/// number `n`, each the shape issue #10 measured.
public enum ScalingInputs {
    /// A lesson with `n` experiment blocks, each a copy of lesson 1's loop on w² (derivative,
    /// step table, summary and a claim), with a line of prose between blocks.
    public static func lessonWithBlocks(_ n: Int) -> String {
        var text = "# Many blocks\n\n"
        for index in 0..<n {
            text += """
                Run \(index + 1).

                ```descent block-\(index + 1)
                f(w) = w^2
                start: w = -3
                lr: 0.3
                steps: 25
                stop: |Δw| < 0.001 and |grad| < 0.001
                show: derivative, table, summary
                expect: converges at iteration 10
                ```


                """
        }
        return text
    }

    /// A lesson with one experiment block and one line holding `n` inline references to it.
    public static func lessonWithReferences(_ n: Int) -> String {
        let references = Array(repeating: "{{walk.iterations}}", count: n).joined(separator: " ")
        return """
            # Many references

            ```descent walk
            f(w) = w^2
            start: w = -3
            lr: 0.3
            steps: 25
            stop: |Δw| < 0.001 and |grad| < 0.001
            ```

            Iterations: \(references).

            """
    }

    /// A lesson with `n` identical `##` headings, each followed by a line of prose.
    public static func lessonWithHeadings(_ n: Int) -> String {
        "# Many headings\n\n" + String(repeating: "## Step\n\nOne more step.\n\n", count: n)
    }

    /// The objective `f(w) = sin(w)*sin(w)*…`, a product of `n` factors.
    public static func productOfSines(_ n: Int) -> String {
        "f(w) = " + Array(repeating: "sin(w)", count: n).joined(separator: "*")
    }

    /// A course of `n` lessons, each a short lecture like the bundled ones: prose with math, a
    /// loop with its derivative, step table, summary, loss figure and a claim, an inline
    /// reference to it, and a three-rate sweep with its convergence table and sweep figure. Ids
    /// carry the lesson's number, as they must be unique across the course.
    public static func course(_ n: Int) -> [String] {
        (1...max(n, 1)).map { index in
            let id = "l\(index)"
            return """
                # Lesson \(index)

                Gradient descent on $f(w) = w^2$ takes steps $w \\leftarrow w - \\eta f'(w)$.

                ```descent \(id)-walk
                f(w) = w^2
                start: w = -3
                lr: 0.3
                steps: 25
                stop: |Δw| < 0.001 and |grad| < 0.001
                show: derivative, table, summary, plot loss
                expect: converges at iteration 10
                ```

                It stops after {{\(id)-walk.iterations}} iterations.

                ## A sweep

                ```descent \(id)-sweep
                f(x, y) = 0.1*x^2 + 2*y^2
                start: x = -8, y = 1
                lr: 0.01, 0.1, 0.3
                steps: 300
                stop: |grad| < 1e-6
                show: convergence, plot sweep
                ```

                """
        }
    }
}
