import DescentText

/// What an author asks of one figure after `plot KIND` on a `show:` line: its window, its size,
/// whether its axes keep equal units, which runs it draws and which other experiments of the
/// lesson it draws beside them (`plot loss log [lr=0.1] with gd-walk xlim=(0, 40) square`).
///
/// Every field left out keeps the figure's own rule, so `plot loss` draws what it always drew.
public struct FigureOptions: Sendable, Hashable {
    /// The x axis's data interval, replacing the one the figure would fit.
    public var xLimits: Located<AxisLimits>?
    /// The y axis's data interval, replacing the one the figure would fit.
    public var yLimits: Located<AxisLimits>?
    /// The figure's size class.
    public var size: FigureSize = .wide
    /// Whether one unit is as long on both axes; nil keeps the figure's rule (equal for
    /// contours of two parameters, free for everything else).
    public var aspect: Located<FigureAspect>?
    /// The runs of this block to draw: a run is drawn when it matches any selector. Empty
    /// draws every run.
    public var runs: [Located<RunSelector>] = []
    /// Other experiments of the lesson drawn in the same figure, in the order written.
    public var companions: [FigureCompanion] = []

    public init() {}

    /// Whether the figure draws runs of other experiments.
    public var combines: Bool { !companions.isEmpty }
}

/// The lower and upper data value an axis shows (`xlim=(-4, 4)`): finite, lower below upper.
public struct AxisLimits: Sendable, Hashable {
    public var lower: Double
    public var upper: Double

    /// The limits as a closed range.
    public var range: ClosedRange<Double> { lower...upper }
}

/// A figure's size class: `wide` is the page column's 720 × 400 (every figure's default),
/// `square` is 480 × 480 (360 × 360 on a phone), for a map whose axes are alike.
public enum FigureSize: String, Sendable, Hashable, CaseIterable {
    case wide, square
}

/// Whether a figure's axes keep equal units (`aspect=equal`), or fill the figure
/// (`aspect=free`).
public enum FigureAspect: String, Sendable, Hashable, CaseIterable {
    case equal, free
}

/// Another experiment of the lesson drawn in a figure (`with gd-walk[lr=0.1]`), with the runs
/// of it to draw.
public struct FigureCompanion: Sendable, Hashable {
    /// The experiment's id, where it is written.
    public var id: Located<String>
    /// Its runs to draw: a run is drawn when it matches any selector; empty draws every run.
    public var runs: [Located<RunSelector>] = []
}
