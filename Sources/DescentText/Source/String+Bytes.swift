extension String {
    /// Whether the two strings are the same UTF-8 bytes, which is what "the file is unchanged"
    /// means. `==` asks for canonical equivalence instead: it normalises text that is not known
    /// to be NFC, which is most text with a non-ASCII character in it (a lesson's `θ` or `≈`), at
    /// a hundred times the cost of comparing bytes, and calls `é` written as one scalar and as
    /// `e` with a combining accent equal although their bytes differ.
    public func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var (this, other) = (self, other)
        return this.withUTF8 { these in
            other.withUTF8 { those in these.isEmpty || memcmp(these.baseAddress!, those.baseAddress!, these.count) == 0
            }
        }
    }
}
