import Foundation

/// A course in a fresh temporary directory, removed when the value goes away.
final class TemporaryCourse {
    let root: String
    var lessons: String { root + "/lessons" }
    var output: String { root + "/output" }

    init(lessons files: [String: String]) throws {
        root = NSTemporaryDirectory() + "descent-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        for (name, text) in files { try write("lessons/" + name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the root with its bytes, keyed by relative path.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[relative] = FileManager.default.contents(atPath: root + "/" + relative) }
        }
        return files
    }

    static let sample = [
        "00-welcome.md": "# Welcome\n\nHello.\n",
        "01-walk.md": "# Walking downhill\n\n- a\n- b\n",
    ]
}
