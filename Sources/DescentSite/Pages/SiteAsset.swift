import DescentText

/// A binary file of the rendered site (a font, its licence), copied into the output directory
/// as it is: a path relative to the output directory and its bytes.
public struct SiteAsset: Sendable, Equatable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
