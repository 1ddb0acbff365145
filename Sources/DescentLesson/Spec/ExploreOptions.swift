import DescentText

/// What an author asks of an explorable figure after `explore` on a `show:` line: the run it
/// opens on (`explore [lr=0.3]`), which the static page and print show. Without one it opens
/// on the block's first run.
public struct ExploreOptions: Sendable, Hashable {
    /// The selector of the run the figure opens on, where it is written; nil for the first run.
    public var initial: Located<RunSelector>?

    public init(initial: Located<RunSelector>? = nil) {
        self.initial = initial
    }
}
