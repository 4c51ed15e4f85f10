import Foundation
import Testing

/// Issue 14: people acting at once through the desk never lose or double a step: the desk's
/// writes are the CLI's (one lock, compare-and-swap of the branch, the edit form's version).
@Suite("The web desk: people at once", .serialized)
struct WebDeskConcurrencyTests {
    static let password = "mật khẩu đủ dài 1"

    /// A session of `person` on the desk: its cookie and form token.
    static func session(_ room: Newsroom, _ desk: DeskProcess, _ person: String) throws -> (cookie: String, token: String) {
        let reply = try WebDeskHTTPTests().signIn(desk, person, password)
        let cookie = try #require(reply.headers.first { $0.1.hasPrefix("galley_session=") }?.1.split(separator: ";").first.map(String.init))
        let page = try LoopbackHTTP.request(port: desk.port, "GET", "/queue", headers: [("Cookie", cookie)])
        let token = try #require(page.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(page.text[$0].dropFirst(#"name="csrf" value=""#.count).dropLast())
        })
        return (cookie, token)
    }

    static func form(_ fields: [(String, String)]) -> Data {
        Data(fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&").utf8)
    }

    /// Runs `count` requests at once; their statuses.
    static func atOnce(_ count: Int, _ request: @escaping @Sendable (Int) throws -> Int) -> [Int] {
        let statuses = Statuses(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in statuses.set(index, (try? request(index)) ?? -1) }
        return statuses.values
    }

    final class Statuses: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Int]
        init(_ count: Int) { storage = Array(repeating: 0, count: count) }
        func set(_ index: Int, _ value: Int) { lock.lock(); storage[index] = value; lock.unlock() }
        var values: [Int] { lock.lock(); defer { lock.unlock() }; return storage }
    }

    @Test("8 approvals of one article at once, by two editors' sessions: exactly one commit, seven refusals")
    func eightApprovals() throws {
        let second = StaffMember(id: "bientap2", name: "Biên Tập Hai", email: "bt2@example.vn", roles: ["editor"])
        let room = try Newsroom(staff: Newsroom.standardStaff + [second])
        for person in [Newsroom.editor, second.id] {
            try #require(try room.galleyWithInput(["people", "password", person, "--stdin"], as: Newsroom.admin, input: Self.password).status == 0)
        }
        let id = try room.newArticle("Bài tám người duyệt")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let desk = try DeskProcess(room)
        defer { desk.stop() }
        let sessions = [try Self.session(room, desk, Newsroom.editor), try Self.session(room, desk, second.id)]
        let before = Int(try room.gitOut(["rev-list", "--count", "HEAD"])) ?? 0
        let port = desk.port
        let statuses = Self.atOnce(8) { index in
            let session = sessions[index % 2]
            return try LoopbackHTTP.request(
                port: port, "POST", "/articles/\(id)/step",
                headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", session.cookie)],
                body: Self.form([("csrf", session.token), ("step", "approve"), ("note", "duyệt \(index)")])).status
        }
        #expect(statuses.filter { $0 == 303 }.count == 1, "\(statuses)")
        #expect(statuses.filter { (400...499).contains($0) }.count == 7, "\(statuses)")
        #expect((Int(try room.gitOut(["rev-list", "--count", "HEAD"])) ?? 0) == before + 1)
        #expect(try room.state(id) == "edited")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("two saves of one article from the same version at once: one commit, one clear refusal that keeps the text")
    func twoSaves() throws {
        let room = try Newsroom()
        try #require(try room.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: Self.password).status == 0)
        let id = try room.newArticle("Bài hai người lưu", body: "Bản đầu.\n")
        let desk = try DeskProcess(room)
        defer { desk.stop() }
        let first = try Self.session(room, desk, Newsroom.reporter)
        let second = try Self.session(room, desk, Newsroom.reporter)
        let edit = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)/edit", headers: [("Cookie", first.cookie)])
        let version = try #require(edit.text.range(of: #"name="version" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(edit.text[$0].dropFirst(#"name="version" value=""#.count).dropLast())
        })
        let before = Int(try room.gitOut(["rev-list", "--count", "HEAD"])) ?? 0
        let port = desk.port
        let replies = Replies()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let session = index == 0 ? first : second
            let reply = try? LoopbackHTTP.request(
                port: port, "POST", "/articles/\(id)/edit",
                headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", session.cookie)],
                body: Self.form([("csrf", session.token), ("version", version), ("title", "Bài hai người lưu"), ("body", "Bản số \(index) của tôi.")]))
            replies.add(reply)
        }
        let all = replies.values
        #expect(all.map(\.status).sorted() == [303, 409], "\(all.map(\.status))")
        let refused = try #require(all.first { $0.status == 409 })
        #expect(refused.text.contains("Bản số") && refused.text.contains("của tôi."), "the refused text is kept in the form")
        #expect((Int(try room.gitOut(["rev-list", "--count", "HEAD"])) ?? 0) == before + 1)
        #expect(try room.auditVerify().ok == true)
    }

    final class Replies: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [LoopbackHTTP.Reply] = []
        func add(_ reply: LoopbackHTTP.Reply?) { lock.lock(); if let reply { storage.append(reply) }; lock.unlock() }
        var values: [LoopbackHTTP.Reply] { lock.lock(); defer { lock.unlock() }; return storage }
    }
}
