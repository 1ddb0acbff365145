import DescentText

/// The list of files a build wrote into the output directory, kept there as
/// `.descent-manifest` (one path per line relative to the output directory, sorted, after a
/// comment line). Stale-file removal deletes only files the previous build listed here — never
/// anything else in the output directory, and never inside folders the build does not own.
struct OutputManifest: Equatable {
    /// The manifest's name inside the output directory.
    static let fileName = ".descent-manifest"
    private static let header = "# files written by descent build; only these are ever removed as stale"

    /// Relative paths (`index.html`, `figures/a-loss.svg`), sorted.
    var paths: [String]

    init(paths: some Sequence<String>) {
        self.paths = Set(paths).sorted()
    }

    /// The manifest's text.
    var text: String { ([Self.header] + paths).joined(separator: "\n") + "\n" }

    /// The manifest in `outputDirectory`, or nil when there is none.
    static func read(outputDirectory: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: FilePath.join(outputDirectory, fileName)) else {
            return nil
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        return OutputManifest(paths: lines.filter { !$0.hasPrefix("#") && Self.isOwned(String($0)) }.map(String.init))
    }

    /// Whether `relative` is a path the build can have written: a file directly in the output
    /// directory or in its `figures/` folder, with no `..` and no hidden names.
    static func isOwned(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[0] == "figures")
    }
}
