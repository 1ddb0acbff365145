import DescentText

/// The script the preview server adds to every HTML page it serves (and only there: files on
/// disk never carry it). It long-polls ``path`` with the generation the page was served with;
/// the server answers when a rebuild has made a newer one, and the page reloads. When the
/// server is gone the script retries every second, so a restarted preview picks the page up.
enum ReloadScript {
    /// The long-poll endpoint; `after=N` names the generation the page shows.
    static let path = "/__descent/reload"

    /// The `<script>` element for a page of `generation`.
    static func element(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function wait(){fetch("\(path)?after="+g,{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(t){if(Number(t)>g){location.reload()}else{wait()}},\
        function(){setTimeout(wait,1000)})}wait()})();</script>
        """
    }

    /// `html` with the script inserted before `</body>` (at the end when there is none).
    static func inject(into html: Data, generation: Int) -> Data {
        let script = Data(element(generation: generation).utf8)
        guard let end = lastIndex(of: Array("</body>".utf8), in: html) else { return html + script }
        var page = html
        page.insert(contentsOf: script, at: end)
        return page
    }

    /// Where the last occurrence of `needle` in `bytes` starts.
    private static func lastIndex(of needle: [UInt8], in bytes: Data) -> Data.Index? {
        guard bytes.count >= needle.count else { return nil }
        var start = bytes.endIndex - needle.count
        while start >= bytes.startIndex {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }
}
