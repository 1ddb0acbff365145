extension String {
    /// The index of the first character that is exactly one of the ASCII characters `ascii` —
    /// what `firstIndex { ascii.contains($0) }` finds — looked for byte by byte. A byte that
    /// matches counts only where it is a whole character (not the start of `.` with a combining
    /// mark, say), so the answer is the same as the search by `Character`, which costs a string
    /// comparison per character.
    public func firstIndex(ofASCII ascii: [UInt8]) -> Index? {
        var start = utf8.startIndex
        while let hit = utf8[start...].firstIndex(where: { ascii.contains($0) }) {
            if String.Index(hit, within: self) != nil, self[hit...].first?.utf8.count == 1 { return hit }
            start = utf8.index(after: hit)
        }
        return nil
    }
}
