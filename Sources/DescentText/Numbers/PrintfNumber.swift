/// C's `printf` conversion of one `Double`, `%.{precision}{conversion}` (`g`, `e` or `f`), in
/// the C locale: the text `String(format:)` gives, made by `vsnprintf` into a stack buffer.
///
/// `NumberText` and the tick labels pick digits with it many times per figure and table, and
/// Foundation's `String(format:)` parses the format and builds an `NSString` on every call
/// (about 4,500 instructions, against about 1,000 here).
public enum PrintfNumber {
    /// The conversions this formats.
    public enum Conversion: UInt8, Sendable {
        /// Shortest of fixed and scientific, `precision` significant digits (`%g`).
        case general = 0x67
        /// Scientific, `precision` digits after the point (`%e`).
        case scientific = 0x65
        /// Fixed, `precision` digits after the point (`%f`).
        case fixed = 0x66
    }

    /// `value` as C's `%.{precision}{conversion}` writes it; `precision` is clamped to 0…99.
    public static func format(_ value: Double, precision: Int, _ conversion: Conversion) -> String {
        let precision = min(max(precision, 0), 99)
        // "%.", up to two digits, the conversion, NUL.
        var pattern: [CChar] = [0x25, 0x2E]
        if precision >= 10 { pattern.append(CChar(0x30 + precision / 10)) }
        pattern.append(CChar(0x30 + precision % 10))
        pattern.append(CChar(bitPattern: conversion.rawValue))
        pattern.append(0)
        return withVaList([value]) { arguments in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
                let count = Int(vsnprintf(buffer.baseAddress, buffer.count, pattern, arguments))
                guard count >= buffer.count else { return text(buffer.baseAddress!, count) }
                // Fixed notation of a large value: longer than the stack buffer, so again on the heap.
                return withVaList([value]) { again in
                    let heap = UnsafeMutablePointer<CChar>.allocate(capacity: count + 1)
                    defer { heap.deallocate() }
                    _ = vsnprintf(heap, count + 1, pattern, again)
                    return text(heap, count)
                }
            }
        }
    }

    private static func text(_ start: UnsafePointer<CChar>, _ count: Int) -> String {
        start.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }
}
