import Foundation
import Testing

@testable import DescentCourse

@Suite struct PreviewRequestTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aRequestLineAndItsQueryAreRead() throws {
        let request = try #require(
            PreviewRequest(bytes("GET /__descent/reload?after=3&x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")))
        #expect(request.method == "GET")
        #expect(request.path == "/__descent/reload")
        #expect(request.query("after") == "3")
        #expect(request.query("x") == "")
        #expect(request.query("y") == nil)
    }

    @Test func theEntityTagTheBrowserHoldsIsRead() throws {
        let request = try #require(
            PreviewRequest(bytes("GET /style.css HTTP/1.1\r\nHost: x\r\nIf-None-Match:  \"abc\"\r\n\r\n")))
        #expect(request.ifNoneMatch == "\"abc\"")
        let response = String(
            decoding: PreviewServer.encode(304, "text/css", Data("x".utf8), entityTag: "\"abc\"", includingBody: false),
            as: UTF8.self)
        #expect(response.hasPrefix("HTTP/1.1 304 Not Modified\r\n"))
        #expect(response.contains("ETag: \"abc\"\r\n") && response.contains("Cache-Control: no-cache\r\n"))
        #expect(response.hasSuffix("\r\n\r\n"))
    }

    @Test func anIncompleteOrMalformedHeadIsNoRequest() {
        #expect(!PreviewRequest.isComplete(bytes("GET / HTTP/1.1\r\nHost: x\r\n")))
        #expect(PreviewRequest(bytes("GET / HTTP/1.1\r\nHost: x\r\n")) == nil)
        #expect(PreviewRequest(bytes("GET index.html HTTP/1.1\r\n\r\n")) == nil)
        #expect(PreviewRequest(bytes("GET / SPDY/3\r\n\r\n")) == nil)
        #expect(PreviewRequest(bytes("GET  / HTTP/1.1\r\n\r\n")) == nil)
    }

    @Test func aResponseCarriesItsLengthAndClosesTheConnection() {
        let response = String(decoding: PreviewServer.encode(404, "text/html", Data("gone".utf8)), as: UTF8.self)
        #expect(response.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        #expect(response.contains("Content-Length: 4\r\n"))
        #expect(response.contains("Connection: close\r\n"))
        #expect(response.hasSuffix("\r\n\r\ngone"))
    }
}
