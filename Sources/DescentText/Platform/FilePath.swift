/// Paths as a user types them, joined and taken apart: the one place every layer splits a path
/// (the course's files, a catalogue's lesson slugs, a figure's anchor).
public enum FilePath {
    /// `name` in `directory` (`lessons` + `a.md` → `lessons/a.md`).
    public static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory part of `path` as typed (`lessons/00-welcome.md` → `lessons`,
    /// `00-welcome.md` → `.`, `/a.md` → `/`).
    public static func directory(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: separator) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path` (`lessons/00-welcome.md` → `00-welcome.md`, `a/b/` → `b`);
    /// `path` itself when it has none (empty, or only slashes).
    public static func fileName(_ path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == separator { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return path }
        let start = bytes[..<end].lastIndex(of: separator).map(bytes.index(after:)) ?? bytes.startIndex
        return String(path[start..<end])
    }

    /// `name` without its final extension (`00-welcome.md` → `00-welcome`).
    public static func stem(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Paths are split at the byte `/`, as the system splits them (read as characters, a slash
    /// followed by a combining mark would not be one), and a byte search is a fraction of the
    /// cost of a search by `Character`.
    private static let separator = UInt8(ascii: "/")
}
