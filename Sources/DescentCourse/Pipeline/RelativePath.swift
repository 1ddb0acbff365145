import DescentText

/// The relative path from one directory to another (`lessons` → `output/figures` is
/// `../output/figures`), so lesson files can link to generated figures on a code host.
enum RelativePath {
    static func from(_ directory: String, to target: String) -> String {
        let base = components(directory)
        let goal = components(target)
        var common = 0
        while common < base.count, common < goal.count, base[common] == goal[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        let path = (up + goal[common...]).joined(separator: "/")
        return path.isEmpty ? "." : path
    }

    private static func components(_ path: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path.split(separator: "/").map(String.init)
    }
}
