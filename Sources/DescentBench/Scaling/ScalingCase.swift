import DescentEngine

/// One input the scaling benchmark grows: what it is, its base size, and how to do the work
/// for a given size.
public struct ScalingCase {
    /// What grows, in the plural: `experiment blocks in one lesson`.
    public var name: String
    /// The 1× size; the benchmark also runs 2× and 4×.
    public var baseSize: Int
    /// Builds the input of size n (not timed) and returns the work to time (run once per repetition).
    var prepare: (Int) throws -> () throws -> Void

    public init(name: String, baseSize: Int, prepare: @escaping (Int) throws -> () throws -> Void) {
        self.name = name
        self.baseSize = baseSize
        self.prepare = prepare
    }

    /// The five shapes of issue #10 §5, in its order. Sizes are chosen so the linear versions
    /// take tens to hundreds of milliseconds at 4×: large enough to measure, small enough to
    /// finish quickly (warm_restarts at 4× is the 1,000,000-step cap of one run).
    /// The blocks case runs 50, 100 and 200 blocks, so its 4× time is the 200-block budget.
    /// Then issue #12's: lessons in a course (25, 50, 100).
    public static var all: [ScalingCase] { [blocks, references, headings, product, warmRestarts, lessons] }

    /// (vi) `n` lessons in one course, each a short lecture with figures
    /// (``ScalingInputs/course(_:)``): the whole in-memory build.
    public static var lessons: ScalingCase {
        ScalingCase(name: "lessons in a course", baseSize: 25) { n in
            let course = try ScratchCourse(lessons: ScalingInputs.course(n))
            return { _ = try course.plan() }
        }
    }

    /// (i) `n` experiment blocks in one lesson: the whole in-memory build (`descent check`'s work).
    public static var blocks: ScalingCase {
        ScalingCase(name: "experiment blocks in one lesson", baseSize: 50) { n in
            let course = try ScratchCourse(lesson: ScalingInputs.lessonWithBlocks(n))
            return { _ = try course.plan() }
        }
    }

    /// (ii) `n` inline references `{{id.field}}` on one line: the whole in-memory build.
    public static var references: ScalingCase {
        ScalingCase(name: "inline references on one line", baseSize: 2_000) { n in
            let course = try ScratchCourse(lesson: ScalingInputs.lessonWithReferences(n))
            return { _ = try course.plan() }
        }
    }

    /// (iii) `n` identical `##` headings: the whole in-memory build.
    public static var headings: ScalingCase {
        ScalingCase(name: "identical ## headings", baseSize: 2_000) { n in
            let course = try ScratchCourse(lesson: ScalingInputs.lessonWithHeadings(n))
            return { _ = try course.plan() }
        }
    }

    /// (iv) the objective `sin(w)*…*sin(w)` with `n` factors: parse, differentiate, simplify,
    /// compile, and write the derivative as text and TeX (what `show: derivative` prints).
    public static var product: ScalingCase {
        ScalingCase(name: "sin(w) factors, derivative", baseSize: 1_000) { n in
            let definition = ScalingInputs.productOfSines(n)
            return {
                let compiled = try CompiledObjective(Objective.parse(definition))
                let printed = compiled.gradientExpressions.map { $0.text + $0.tex }
                Sink.keep(Double(printed.first?.utf8.count ?? 0))
            }
        }
    }

    /// (v) `n` steps of gradient descent on w² under `warm_restarts` with T_0 = 1.
    public static var warmRestarts: ScalingCase {
        ScalingCase(name: "warm_restarts steps, T_0 = 1", baseSize: 250_000) { n in
            let configuration = RunConfiguration(
                objective: try CompiledObjective(Objective.parse("f(w) = w^2")), start: [-3], optimizer: SGD(),
                learningRate: 0.1, rateRule: ScheduledRate(WarmRestartsSchedule(firstPeriod: 1)), maxSteps: n,
                recording: .summary)
            return { Sink.keep(try Run.execute(configuration).finalLoss) }
        }
    }
}
