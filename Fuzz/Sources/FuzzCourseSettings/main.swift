import DescentSite
import FuzzSupport

/// `course.toml`: parse; errors point at a line and column of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCourseSettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    do {
        _ = try CourseSettings(parsing: text)
    } catch {
        invariant(error.line >= 1 && error.column >= 1, "error at \(error.line):\(error.column)")
    }
    return 0
}
