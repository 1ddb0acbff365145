import DescentText

/// The record of the last complete `descent build` of a course: everything it read and every
/// byte it wrote. When all it read is unchanged and the disk still holds exactly what it wrote,
/// the build has nothing to do, and `CourseBuilder` answers with the files on disk without
/// parsing a lesson (the no-op path of `descent build` and `descent check`).
///
/// What it read: the `key` (binary, lessons and output folders, figure folder, `--force`, and
/// `course.toml`'s bytes), every lesson file in course order, and the fingerprint of every data
/// file a block read. What it wrote: every file of the plan, by path, with its complete bytes
/// (compared byte for byte with the disk, never by fingerprint), and the warnings it printed.
/// Stale files cannot hide: the output manifest is one of the files, and equal to the disk
/// means the previous build produced exactly these outputs.
///
/// Stored as a 4-byte little-endian length, the stamp in the cache's format (`CacheFormat`),
/// then every file's bytes one after the other (`bytes`), so checking the disk is a comparison
/// of bytes, with no text decoded.
struct CourseStamp: Equatable {
    /// Bumped when the stamp's layout or meaning changes.
    static let format = 3

    /// A data file a lesson's block read.
    struct DataFile: Equatable {
        var lessonPath: String
        var name: String
        var fingerprint: String
    }

    /// A file the build read (a lesson, which it left as it was) or wrote (or found up to date).
    struct File: Equatable {
        var path: String
        /// How many of `bytes` are its contents (they follow the previous file's).
        var length: Int
        var isLesson: Bool
    }

    /// A warning the build reported (a `Diagnostic`).
    struct Warning: Equatable {
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
        var sourceLine: String?
    }

    var format = Self.format
    var key: String
    var dataFiles: [DataFile]
    /// Every file of the plan, in its order; lessons are among them.
    var files: [File]
    var warnings: [Warning]
    /// The files' contents, concatenated (not part of the encoded stamp: stored after it).
    var bytes = Data()

    /// The key for a build with these settings: `course.toml`'s fingerprint (`fingerprint`) and
    /// the rest of what a build depends on beyond its lessons and data files.
    static func key(binary: String, layout: CourseLayout, figureDirectory: String, force: Bool, settings: String)
        -> String
    {
        let material = [
            binary, layout.lessonsDirectory, layout.outputDirectory, figureDirectory, force ? "force" : "", settings,
        ]
        return ContentHash.of(material.joined(separator: "\u{0}"))
    }

    /// The fingerprint of the file at `path`: of its bytes, or `absent`, or `unreadable` (a
    /// folder, say), so that no two states a build treats differently look the same.
    static func fingerprint(ofFileAt path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "absent" }
        return FileManager.default.contents(atPath: path).map { ContentHash.of([UInt8]($0)) } ?? "unreadable"
    }

    /// The stamp of a complete build: `lessons` as it read them, `plan` as it computed it. Nil
    /// when the build rewrites a lesson: a stamp only ever certifies a course that a build
    /// leaves exactly as it is, so the next build (which reads the rewritten lesson) makes one.
    init?(key: String, lessons: [LessonFile], dataFiles: [DataFile], plan: BuildPlan) {
        let read = Dictionary(lessons.map { ($0.path, Data($0.text.utf8)) }, uniquingKeysWith: { a, _ in a })
        guard plan.files.filter({ read[$0.path] != nil }).count == read.count else { return nil }
        var files: [File] = []
        for file in plan.files {
            if let text = read[file.path], file.contents != text { return nil }
            files.append(File(path: file.path, length: file.contents.count, isLesson: read[file.path] != nil))
            bytes.append(file.contents)
        }
        self.key = key
        self.dataFiles = dataFiles
        self.files = files
        self.warnings = plan.warnings.map {
            Warning(
                severity: $0.severity.rawValue, path: $0.path, line: $0.line, column: $0.column, message: $0.message,
                sourceLine: $0.sourceLine)
        }
    }

    /// The stamp as stored.
    func encoded() -> Data {
        let header = CacheFormat.file(holding: self)
        var length = BinaryWriter(capacity: 4)
        length.write(count: header.count)
        var data = Data(capacity: 4 + header.count + bytes.count)
        data.append(contentsOf: length.bytes)
        data.append(header)
        data.append(bytes)
        return data
    }

    /// The stamp stored in `data`, or nil when it is not one.
    static func decoded(_ data: Data) -> CourseStamp? {
        guard data.count >= 4 else { return nil }
        let length = data.prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard length <= data.count - 4 else { return nil }
        let start = data.startIndex + 4
        guard var stamp = CacheFormat.record(Self.self, in: data[start..<(start + length)]) else { return nil }
        stamp.bytes = data[(start + length)...]
        guard stamp.files.allSatisfy({ $0.length >= 0 }), stamp.files.reduce(0, { $0 + $1.length }) == stamp.bytes.count
        else { return nil }
        return stamp
    }

    /// The plan of a build with `key` over the lessons at `lessonPaths`, when nothing it read
    /// changed and the disk holds every file it wrote; nil otherwise (build as usual).
    func plan(key: String, lessonPaths: [String]) -> BuildPlan? {
        guard self.key == key, files.filter(\.isLesson).map(\.path) == lessonPaths else {
            return nil
        }
        // Lessons are compared first: an edited lesson is the usual reason to build, and the
        // cheapest to find.
        let lessons = files.indices.filter { files[$0].isLesson }
        let outputs = files.indices.filter { !files[$0].isLesson }
        guard let lessonBytes = bytesOnDisk(lessons), dataFilesAreUnchanged(), let outputBytes = bytesOnDisk(outputs)
        else { return nil }
        let onDisk = lessonBytes.merging(outputBytes) { a, _ in a }
        let planned = files.indices.map { index in
            PlannedFile(
                path: files[index].path, contents: onDisk[index]!,
                readContents: files[index].isLesson ? onDisk[index] : nil)
        }
        let warnings = warnings.map {
            Diagnostic(
                Diagnostic.Severity(rawValue: $0.severity) ?? .warning, path: $0.path, line: $0.line, column: $0.column,
                message: $0.message, sourceLine: $0.sourceLine)
        }
        var plan = BuildPlan(files: planned, obsolete: [], warnings: warnings)
        plan.isFromStamp = true
        return plan
    }

    /// The disk's bytes of the files at `indices`, by index, when each holds exactly what the
    /// build wrote (or read); nil at the first that does not.
    private func bytesOnDisk(_ indices: [Int]) -> [Int: Data]? {
        var offsets: [Int] = []
        var offset = bytes.startIndex
        for file in files {
            offsets.append(offset)
            offset += file.length
        }
        var found: [Int: Data] = [:]
        for index in indices {
            let expected = bytes[offsets[index]..<(offsets[index] + files[index].length)]
            guard let contents = FileManager.default.contents(atPath: files[index].path), contents == expected else {
                return nil
            }
            found[index] = contents
        }
        return found
    }

    /// Whether every data file a block read still has the fingerprint it had.
    private func dataFilesAreUnchanged() -> Bool {
        dataFiles.allSatisfy { file in
            guard case .file(_, let text) = DataFiles.reader(forLesson: file.lessonPath)(file.name) else {
                return false
            }
            return ContentHash.of(text) == file.fingerprint
        }
    }
}

/// The stamp's record: its format first (a stamp of another format is not read further), then
/// its fields; `bytes` are stored after the record, not in it.
extension CourseStamp: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(format)
        writer.write(key)
        writer.write(dataFiles)
        writer.write(files)
        writer.write(warnings)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        format = try reader.readFormat(expecting: Self.format)
        key = try reader.read()
        dataFiles = try reader.read()
        files = try reader.read()
        warnings = try reader.read()
    }
}

extension CourseStamp.DataFile: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(lessonPath)
        writer.write(name)
        writer.write(fingerprint)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(lessonPath: try reader.read(), name: try reader.read(), fingerprint: try reader.read())
    }
}

extension CourseStamp.File: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(path)
        writer.write(length)
        writer.write(isLesson)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(path: try reader.read(), length: try reader.read(), isLesson: try reader.read())
    }
}

extension CourseStamp.Warning: BinaryRecord {
    func write(to writer: inout BinaryWriter) {
        writer.write(severity)
        writer.write(path)
        writer.write(line)
        writer.write(column)
        writer.write(message)
        writer.write(sourceLine)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            severity: try reader.read(), path: try reader.read(), line: try reader.read(), column: try reader.read(),
            message: try reader.read(), sourceLine: try reader.read())
    }
}
