/// The `href` of a lesson's page: its file name percent-encoded (every byte outside ASCII
/// letters, digits, `-`, `.`, `_` and `~`), so no lesson name can become a different kind of
/// link (`javascript:…`, `?query`, `#fragment`). The course already refuses lesson names outside
/// letters, digits, `-` and `_`; this is the site's own guard for any caller.
enum PageLink {
    private static let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)

    static func href(slug: String) -> String {
        var encoded = ""
        for byte in (slug + ".html").utf8 {
            if unreserved.contains(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }
}
