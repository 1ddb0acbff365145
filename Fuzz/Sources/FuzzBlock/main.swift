import DescentText
import FuzzSupport

@testable import DescentLesson

/// Experiment blocks: the input is the body of a ```` ```descent fuzz ```` block. The lesson is
/// taken apart, each block's lines read into a spec and the spec compiled — everything a build
/// does before running, so no input can make this slow by asking for many steps. Every
/// diagnostic points into the lesson.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBlock(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(path: "fuzz.md", text: "```descent fuzz\n" + FuzzInput.text(data, size) + "\n```\n")
    let document = LessonDocument(source)
    invariantLocated(document.problems, in: source)
    for block in document.blocks {
        let (spec, specProblems) = SpecParser.parse(block, source: source)
        invariantLocated(specProblems, in: source)
        let (_, compileProblems) = ExperimentCompiler.compile(
            spec, specIsClean: specProblems.isEmpty, source: source, readFile: dataFile)
        invariantLocated(compileProblems, in: source)
    }
    return 0
}

/// Every `data:` file is the same small table; `data: missing.csv` is unreadable.
private func dataFile(_ path: String) -> DataFileRead {
    switch path {
    case "missing.csv": .unreadable
    case let path where path.hasPrefix("/") || path.contains(".."): .outsideCourse
    default: .file(path: path, text: "x,y\n1,3\n2,5\n3,7\n")
    }
}
