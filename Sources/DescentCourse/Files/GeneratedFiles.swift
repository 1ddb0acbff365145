import DescentLesson
import DescentSite
import DescentText

/// Recognises files in the output directory that a build made, so a build may replace or
/// remove them; anything else there (a CNAME, a hand-written page) is never touched.
public enum GeneratedFiles {
    /// Whether `contents` of the file at `path` carries our generator's mark.
    public static func isGenerated(path: String, contents: Data) -> Bool {
        let text = String(decoding: contents.prefix(4096), as: UTF8.self)
        if path.hasSuffix(".html") {
            return text.contains("<meta name=\"generator\" content=\"\(PageTemplate.generator)\">")
        }
        if path.hasSuffix(".svg") { return text.contains(GeneratedFigure.signature) }
        return false
    }

    /// Relative paths (`figures/a.svg`) of the generated `.html` and `.svg` files under
    /// `directory` (used only when the output has no manifest yet; callers keep the owned ones).
    static func existing(in directory: String) -> [String] {
        let manager = FileManager.default
        // Only the folders the build writes to (`OutputManifest.isOwned`): the output directory
        // itself and its `figures/`; an unreadable folder elsewhere cannot hide these.
        let top = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        let figures = (try? manager.contentsOfDirectory(atPath: FilePath.join(directory, "figures"))) ?? []
        var found: [String] = []
        for relative in top + figures.map({ "figures/" + $0 }) {
            guard relative.hasSuffix(".html") || relative.hasSuffix(".svg") else { continue }
            let path = FilePath.join(directory, relative)
            guard let data = manager.contents(atPath: path), isGenerated(path: path, contents: data)
            else { continue }
            found.append(relative)
        }
        return found.sorted()
    }
}
