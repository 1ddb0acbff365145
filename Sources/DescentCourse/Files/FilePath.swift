/// Joins path components the way a user would type them (`lessons` + `a.md` → `lessons/a.md`).
enum FilePath {
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory part of `path` as typed (`lessons/00-welcome.md` → `lessons`,
    /// `00-welcome.md` → `.`, `/a.md` → `/`).
    static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path` (`lessons/00-welcome.md` → `00-welcome.md`).
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `name` without its final extension (`00-welcome.md` → `00-welcome`).
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
