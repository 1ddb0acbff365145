import DescentLesson
import DescentSite
import Foundation
import Testing

@testable import DescentCourse

/// The cache's binary format reads back exactly what it wrote, and anything else is an error
/// (a cache miss), never a crash or a wrong value.
@Suite struct CacheFormatTests {
    struct Sample: Codable, Equatable {
        var text: String
        var optional: String?
        var missing: Int?
        var numbers: [Double]
        var flags: [Bool]
        var table: [String: [Int]]
        var nested: [Sample]
        var unsigned: UInt64
    }

    static let sample = Sample(
        text: "w² → \"quoted\"\n\u{0}tab\t", optional: "here", missing: nil, numbers: [0.1, -0, .infinity, 1e-300],
        flags: [true, false], table: ["b": [1, -2], "a": [], "ü": [Int.max, Int.min]],
        nested: [
            Sample(text: "", optional: nil, missing: 3, numbers: [], flags: [], table: [:], nested: [], unsigned: 0)
        ],
        unsigned: .max)

    @Test func aValueReadsBackAsItWasWritten() throws {
        let data = try CacheEncoder.encode(Self.sample)
        #expect(try CacheDecoder.decode(Sample.self, from: data) == Self.sample)
    }

    @Test func aCacheEntryReadsBackAsItWasWritten() throws {
        let entry = CachedLesson(
            binary: "b", figureDirectory: "../output/figures", lessonNumber: 2, title: "Walk", text: "# Walk\n",
            dataFiles: [.init(name: "p.csv", fingerprint: "f")],
            experiments: [.init(id: "walk", line: 3, column: 12, steps: 30)],
            regions: ["walk": RegionContent(lesson: "| a |\n", site: "| b |\n")], figures: [],
            references: ["walk.iterations": "12"], quotes: ["walk.final.w": "0.001"], siteMarkdown: "# Walk\n",
            siteColumns: [1: ColumnMap()], allowsRawHTML: true)
        #expect(try CacheDecoder.decode(CachedLesson.self, from: CacheEncoder.encode(entry)) == entry)
    }

    @Test func everyTruncationIsAnErrorAndNoneCrashes() throws {
        let data = try CacheEncoder.encode(Self.sample)
        for length in 0..<data.count {
            #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: data.prefix(length)) }
        }
    }

    @Test func anotherTypeOrTrailingBytesAreErrors() throws {
        let data = try CacheEncoder.encode(Self.sample)
        #expect(throws: (any Error).self) { try CacheDecoder.decode(CachedLesson.self, from: data) }
        #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: data + [0]) }
        #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: Data("{\"text\":1}".utf8)) }
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        // An unkeyed list holding a list holding … : one tag and a count of 1 per level.
        var bytes: [UInt8] = []
        for _ in 0...CacheFormat.maximumDepth { bytes += [CacheFormat.Tag.unkeyed.rawValue, 1, 0, 0, 0] }
        bytes.append(CacheFormat.Tag.null.rawValue)
        let file = Data(CacheFormat.file(holding: bytes))
        #expect(throws: (any Error).self) { try CacheDecoder.decode([[Int?]].self, from: file) }
    }

    @Test func aDamagedByteAnywhereIsAnError() throws {
        // A torn write can leave valid-looking text with wrong bytes: the checksum catches it.
        let data = try CacheEncoder.encode(Self.sample)
        for index in data.indices {
            var damaged = data
            damaged[index] ^= 0x20
            #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: damaged) }
        }
    }
}
