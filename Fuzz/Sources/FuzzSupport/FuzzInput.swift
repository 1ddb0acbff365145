/// The bytes libFuzzer hands a target, read as the text a parser gets.
public enum FuzzInput {
    /// The bytes as UTF-8 text; invalid sequences become U+FFFD, as a lesson file that is not
    /// UTF-8 never reaches a parser.
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// The first byte as a choice among `count` options (0 for empty input), and the text after it.
    public static func choice(_ data: UnsafePointer<UInt8>, _ size: Int, among count: Int) -> (Int, String) {
        guard size > 0 else { return (0, "") }
        return (Int(data[0]) % count, text(data + 1, size - 1))
    }
}
