import DescentEngine

/// One run of an experiment: the settings that tell it apart and the engine configuration.
public struct PlannedRun: Sendable {
    /// What distinguishes this run inside its sweep, as an author would say it.
    public var facets: RunFacets
    /// The configuration the engine runs.
    public var configuration: RunConfiguration

    /// A short name for tables and legends: the facets that vary across the sweep.
    public var label: String
}

/// The settings of one run, as written in the block.
public struct RunFacets: Sendable, Equatable {
    /// The optimizer call as written (`momentum(momentum=0.5)`), and its bare name.
    public var optimizer: String
    public var optimizerName: String
    /// The base learning rate.
    public var learningRate: Double
    /// The schedule call as written, or `constant`.
    public var schedule: String
    /// The start point as written (`w = -3`).
    public var start: String
    /// The batch size, nil for the whole data set.
    public var batch: Int?
}
