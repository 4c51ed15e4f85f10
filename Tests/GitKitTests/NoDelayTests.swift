import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The executable's connect() (CGitStartup, see git_startup.c) turns Nagle's algorithm off on
/// TCP sockets, so libgit2's and libssh2's small writes are not held for the server's delayed
/// acknowledgement. This test binary exports it as galley does; a plain socket shows the effect.
@Suite struct NoDelayTests {
    @Test func aTCPConnectionHasNagleOff() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 && listen(listener, 1) == 0
            }
        }
        try #require(listening)

        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(client >= 0)
        defer { close(client) }
        var before: Int32 = -1
        var size = socklen_t(MemoryLayout<Int32>.size)
        #expect(getsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &before, &size) == 0)
        #expect(before == 0, "a new socket starts with Nagle on")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, length) == 0 }
        }
        try #require(connected)
        var after: Int32 = 0
        #expect(getsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &after, &size) == 0)
        #expect(after == 1, "connect() left Nagle on: the interposed connect is not in force")
    }
}
