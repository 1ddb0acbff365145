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
        // Split at newline scalars: a newline is always a character of its own (or CR LF, whose
        // empty middle is dropped), so this is splitting at newline characters, without making
        // a `Character` of every scalar of the file.
        let lines = String(decoding: data, as: UTF8.self).unicodeScalars.split(whereSeparator: Self.isNewline)
            .map { String(Substring($0)) }
        return OutputManifest(paths: lines.filter { !$0.hasPrefix("#") && Self.isOwned($0) })
    }

    /// `Character.isNewline` for a character of one scalar: LF, VT, FF, CR, NEL, LS and PS.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `relative` is a path the build can have written: a file directly in the output
    /// directory or in its `figures/` folder, with no `..` and no hidden names. Split at the
    /// byte `/`, as the system splits paths (`FilePath`).
    static func isOwned(_ relative: String) -> Bool {
        let parts = relative.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.first != UInt8(ascii: ".") }) else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[0].elementsEqual("figures".utf8))
    }
}
