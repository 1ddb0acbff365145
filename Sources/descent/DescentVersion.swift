/// The release `descent --version` prints. Raised with every release; the build cache keys on
/// the binary itself, not on this string.
enum DescentVersion {
    static let current = "0.9.0"
}
