import DescentEngine
import DescentPlot

/// Every minimiser a map of two parameters marks: each point of the block's `minimum:` that
/// gives both parameters, or else the one `MinimumPoint` knows.
struct KnownMinima {
    /// The points, in the order written.
    let points: [Point]

    init(_ experiment: CompiledExperiment) {
        let parameters = experiment.parameters
        guard parameters.count == 2 else {
            points = []
            return
        }
        let given = experiment.spec.minima.compactMap { minimum -> Point? in
            let values = parameters.compactMap { name in minimum.value.first { $0.name == name }?.value }
            return values.count == 2 ? Point(values[0], values[1]) : nil
        }
        if !given.isEmpty {
            points = given
        } else {
            points = MinimumPoint(experiment).map { [Point($0.coordinates[0], $0.coordinates[1])] } ?? []
        }
    }
}
