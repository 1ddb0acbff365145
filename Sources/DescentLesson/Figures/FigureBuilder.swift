/// Draws the figures an experiment's `show:` line asks for.
struct FigureBuilder {
    let result: ExperimentResult

    /// One figure per `plot` item, in the order asked.
    func figures() -> [GeneratedFigure] {
        []
    }
}
