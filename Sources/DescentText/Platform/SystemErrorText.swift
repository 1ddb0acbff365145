/// The text a diagnostic gives for an error from the file system: the operating system's own
/// words for its cause (`strerror`, such as "Permission denied"), else the error's code and
/// path, else the error as Swift describes it.
public enum SystemErrorText {
    /// Words for `error`.
    public static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return text(posix.code) }
        if let cocoa = error as? CocoaError {
            if let posix = cocoa.underlying as? POSIXError { return text(posix.code) }
            return "file system error \(cocoa.code.rawValue)" + (cocoa.filePath.map { " (\($0))" } ?? "")
        }
        return String(describing: error)
    }

    private static func text(_ code: POSIXErrorCode) -> String {
        String(cString: strerror(code.rawValue))
    }
}
