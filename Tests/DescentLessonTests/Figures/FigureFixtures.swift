import DescentLesson
import DescentText

/// Experiments for the figure tests, built by running small lessons.
enum FigureFixtures {
    /// The result of the single block `body` (without fences) named `id`.
    static func run(_ body: String, id: String = "demo") throws -> ExperimentResult {
        let text = "```descent \(id)\n" + body + "```\n"
        return try LessonRun(SourceText(path: "t.md", text: text), readFile: { _ in .unreadable }).results[0]
    }

    static let sweepBody = """
        f(w) = w^2
        start: w = -3
        lr: 0.1, 0.3, 1.1
        steps: 30
        stop: |Δw| < 0.001 and |grad| < 0.001
        show: plot loss log, plot path, plot sweep, plot lr, plot frames

        """

    static let bowlBody = """
        f(x, y) = 0.1*x^2 + 2*y^2
        start: x = -5, y = -2
        optimizer: gd, momentum(momentum=0.5)
        lr: 0.4
        steps: 60
        minimum: x = 0, y = 0
        show: plot contour, plot loss log, plot frames, plot path

        """

    static let rosenbrockBody = """
        f(x, y) = (1 - x)^2 + 100*(y - x^2)^2
        start: x = -1.5, y = 2
        optimizer: adam
        lr: 0.05
        steps: 2000
        minimum: x = 1, y = 1
        show: plot contour, plot loss log

        """

    static let regressionBody = """
        data: generate(n=40, x=(0, 10), y=2*x + 1, noise=1, seed=3)
        f(w, b) = mean((w*x + b - y)^2)
        start: w = 0, b = 0
        lr: 0.01
        batch: all, 1, 8
        epochs: 20
        show: plot data, plot loss log

        """
}
