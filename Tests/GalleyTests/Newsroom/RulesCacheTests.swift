import Foundation
import GitKit
import Testing

@testable import Galley

/// The parsed rules a command keeps in the git folder (`RulesCache`): read back only under the
/// same three blobs and the same format, never by the judges, and nothing the parsers know is
/// lost on the way.
@Suite("the rules cache")
struct RulesCacheTests {
    final class Room {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-rules-cache-\(UUID().uuidString)")
        let path: String
        let admin: Newsroom

        init() throws {
            path = folder.appendingPathComponent("news.git").path
            (admin, _) = try Newsroom.initialize(NewsroomSetup(path: path, bare: true, adminID: "quantri", adminName: "Quản Trị"))
            for (id, role) in [("pv", "reporter"), ("khach", "reporter")] {
                _ = try admin.addPerson(id: id, name: id.uppercased(), email: "\(id)@example.vn", roles: [role], actorID: "quantri")
            }
        }

        /// Another command: a handle of its own.
        func command() throws -> Newsroom { try Newsroom.open(path: path, currentDirectory: folder.path) }

        var cacheFile: String { admin.rulesCache.path }

        /// The rules as the parsers read them from the tip, with no cache.
        func parsedRules() throws -> RulesInForce {
            try Snapshot(repository: Repository.open(at: path), commit: admin.tip()).rules
        }

        func key() throws -> RulesCache.Key {
            try #require(try RulesCache.Key.of(admin.tip(), in: Repository.open(at: path)))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// An ed25519 key in SSH wire form, made from `seed`.
    static func key(_ seed: UInt8) throws -> SSHPublicKey {
        func field(_ bytes: [UInt8]) -> [UInt8] { [0, 0, 0, UInt8(bytes.count)] + bytes }
        return try #require(SSHPublicKey(blob: field(Array("ssh-ed25519".utf8)) + field([UInt8](repeating: seed, count: 32))))
    }

    /// Every kind of value the three files can hold, each set away from its default.
    static func richRules() throws -> RulesInForce {
        var config = NewsroomConfig(name: "Báo Tỉnh", language: "en", timeZoneIdentifier: "Asia/Bangkok", branch: "trunk")
        config.extra = [(key: "signing", value: "optional"), (key: "fsync", value: "false"), (key: "later-setting", value: "giữ \"nguyên\"")]
        config.sections = [NewsroomSection(key: "thoi-su", label: "Thời sự"), NewsroomSection(key: "kinh-te", label: "Kinh tế")]
        let added = Timestamp(date: Date(timeIntervalSince1970: 1_764_000_000), offsetSeconds: 7 * 3600)
        let revoked = Timestamp(date: Date(timeIntervalSince1970: 1_765_000_000), offsetSeconds: -3600)
        let people = People([
            Person(
                id: "thanhphu", name: "Nguyễn Thanh Phú", email: "phu@example.vn", roles: ["reporter", "section-editor"], active: false,
                keys: [PersonKey(key: try key(1), added: added, revoked: revoked), PersonKey(key: try key(2), added: nil)],
                login: "phu.nguyen", penName: "Phú Thanh", sections: ["thoi-su"]),
            Person(id: "tbt", name: "Trần Bình", email: "tbt@example.vn", roles: ["chief"]),
        ])
        var workflow = Workflow(
            version: 2, name: "ba cấp", description: "Quy trình ba cấp", roles: ["reporter", "section-editor", "chief"],
            states: [
                Workflow.State(name: "draft", label: "Bản nháp", edit: ["author"], line: 4),
                Workflow.State(name: "published", label: nil, edit: [], isFinal: true, isPublished: true, line: nil),
            ],
            transitions: [
                Workflow.Transition(name: "create", from: [], to: "draft", by: ["reporter"], line: 9),
                Workflow.Transition(
                    name: "publish", from: ["draft"], to: "published", by: ["chief"], forbid: ["author"], requiresNote: true,
                    requiresBody: true, isApproval: true, line: nil),
            ],
            transitionsLine: 8)
        workflow.sectionRoles = ["section-editor"]
        return RulesInForce(config: config, workflow: workflow, people: people)
    }

    @Test("what is kept is read back equal, every field away from its default")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RulesCache(gitDirectory: folder.path)
        let rules = try Self.richRules()
        let key = RulesCache.Key(config: "a1", workflow: "b2", people: "c3")
        cache.keep(rules, for: key)
        let read = try #require(cache.rules(for: key))
        #expect(read == rules)
        // NewsroomConfig's == compares the rendered file; the unknown settings' order and text must survive too.
        #expect(read.config.extra.map(\.key) == rules.config.extra.map(\.key))
        #expect(read.config.extra.map(\.value) == rules.config.extra.map(\.value))
        #expect(read.people.people[0].keys.map(\.key) == rules.people.people[0].keys.map(\.key))
        #expect(cache.rules(for: RulesCache.Key(config: "a1", workflow: "b2", people: "c4")) == nil, "another people.yaml")
    }

    /// If this fails, a cached type gained or lost a stored property: make sure `RulesCache` keeps
    /// it (a custom `Codable` must code it), bump `RulesCache.format`, and update this list.
    @Test("the cached types hold exactly the properties this format was written for")
    func formatHoldsTheseProperties() throws {
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let rules = try Self.richRules()
        #expect(RulesCache.format == 1)
        #expect(labels(rules) == ["config", "workflow", "people"])
        #expect(labels(rules.config) == ["name", "language", "timeZoneIdentifier", "branch", "extra", "sections"])
        #expect(labels(rules.config.sections[0]) == ["key", "label"])
        #expect(labels(rules.workflow) == ["version", "name", "description", "roles", "states", "transitions", "transitionsLine", "sectionRoles"])
        #expect(labels(rules.workflow.states[0]) == ["name", "label", "edit", "isFinal", "isPublished", "line"])
        #expect(
            labels(rules.workflow.transitions[0])
                == ["name", "from", "to", "by", "forbid", "requiresNote", "requiresBody", "isApproval", "line"])
        #expect(labels(rules.people) == ["people"])
        #expect(labels(rules.people.people[0]) == ["id", "name", "email", "roles", "active", "keys", "login", "penName", "sections"])
        #expect(labels(rules.people.people[0].keys[0]) == ["key", "added", "revoked"])
        #expect(labels(try Self.key(3)) == ["algorithm", "blob", "rawKey"])
        #expect(labels(rules.people.people[0].keys[0].added as Any) == ["some"])
    }

    @Test("a command keeps the tip's rules; the next reads them back, equal to what the parsers give")
    func keptAndReadBack() throws {
        let room = try Room()
        _ = try room.command().snapshot()
        let kept = try #require(RulesCache(gitDirectory: room.admin.gitDirectory).rules(for: try room.key()))
        #expect(kept == (try room.parsedRules()))
        #expect(try room.command().snapshot().rules == (try room.parsedRules()))
    }

    @Test("a change of people.yaml is parsed anew: the cache never answers for other blobs")
    func changedPeopleParsedAgain() throws {
        let room = try Room()
        _ = try room.command().snapshot()
        _ = try room.admin.addPerson(id: "moi", name: "Người Mới", email: "moi@example.vn", roles: ["reporter"], actorID: "quantri")
        let next = try room.command()
        #expect(try next.snapshot().people.person("moi")?.name == "Người Mới")
        _ = try room.admin.deactivate(id: "moi", actorID: "quantri")
        #expect(try room.command().snapshot().people.person("moi")?.active == false)
        #expect(RulesCache(gitDirectory: room.admin.gitDirectory).rules(for: try room.key()) == (try room.parsedRules()))
        // One handle across its own change: the rules of its last snapshot are not carried over.
        let handle = try room.command()
        _ = try handle.snapshot()
        _ = try handle.addPerson(id: "moi2", name: "Người Mới Hai", email: "moi2@example.vn", roles: ["reporter"], actorID: "quantri")
        #expect(try handle.snapshot().people.person("moi2")?.name == "Người Mới Hai")
    }

    @Test(
        "a damaged, foreign or mismatched file is ignored, and replaced by the tip's rules",
        arguments: ["none", "cut short", "one byte more", "too large", "a folder", "another format", "another key", "another kind of file", "bad UTF-8", "a bad key blob"])
    func unusableFileIgnored(_ damage: String) throws {
        let room = try Room()
        _ = try room.command().snapshot()
        // Rules that would name a stranger, and give khach a key, if the file were believed.
        var forged = try room.parsedRules()
        let index = try #require(forged.people.people.firstIndex { $0.id == "khach" })
        forged.people.people[index].name = "Kẻ Lạ"
        forged.people.people[index].keys = [PersonKey(key: try Self.key(7), added: nil)]
        let key = try room.key()
        var bytes = RulesCache.encoded(forged, for: key)
        switch damage {
        case "none": break
        case "cut short": bytes.removeLast(bytes.count / 2)
        case "one byte more": bytes.append(0)
        case "too large":
            // Well formed, but longer than any three rules files could make it: not even read.
            let padding = RulesCache.largestFile + 1 - bytes.count
            forged.config.extra.append((key: "padding", value: String(repeating: "x", count: padding)))
            bytes = RulesCache.encoded(forged, for: key)
        case "a folder": break
        case "another format": bytes = RulesCache.encoded(forged, for: key, format: RulesCache.format + 1)
        case "another key": bytes = RulesCache.encoded(forged, for: RulesCache.Key(config: key.config, workflow: key.workflow, people: "0"))
        case "another kind of file": bytes[0] ^= 0x20
        case "bad UTF-8":
            let name = Array("Kẻ Lạ".utf8)
            try Self.replace(name, with: [0xC3, 0x28] + [UInt8](repeating: 0x41, count: name.count - 2), in: &bytes)
        default: try Self.replace(Array("ssh-ed25519".utf8), with: Array("ssh-ed25518".utf8), in: &bytes)
        }
        if damage == "a folder" {
            try FileManager.default.removeItem(atPath: room.cacheFile)
            try FileManager.default.createDirectory(atPath: room.cacheFile, withIntermediateDirectories: false)
        } else {
            try Data(bytes).write(to: URL(fileURLWithPath: room.cacheFile))
        }
        let read = try #require(try room.command().snapshot().people.person("khach"))
        if damage == "none" {
            // The control: undamaged, the same file is believed, so each damage above is what made it ignored.
            #expect(read.name == "Kẻ Lạ" && read.keys.count == 1)
            return
        }
        #expect(read.name == "KHACH" && read.keys.isEmpty)
        // A folder in its place stays (nothing is removed); any file is replaced by the tip's rules.
        if damage != "a folder" {
            #expect(RulesCache(gitDirectory: room.admin.gitDirectory).rules(for: key) == (try room.parsedRules()))
        }
    }

    /// Replaces the first `old` in `bytes` (it must be there) by `new`, of the same length.
    static func replace(_ old: [UInt8], with new: [UInt8], in bytes: inout [UInt8]) throws {
        try #require(old.count == new.count)
        let start = try #require((0...(bytes.count - old.count)).first { bytes[$0..<$0 + old.count].elementsEqual(old) })
        bytes.replaceSubrange(start..<start + old.count, with: new)
    }

    @Test("the judges parse the rules themselves: a step taken under a forged cache fails verify")
    func verifyDoesNotReadTheCache() throws {
        let room = try Room()
        let id = try #require(try room.command().create(NewArticle(title: "Bài thử", body: "Nội dung.\n"), actorID: "pv").event.article)
        _ = try room.command().transition(id, "submit", note: nil, actorID: "pv")
        let approving = try #require(try room.parsedRules().workflow.transition(named: "approve", from: "submitted")).by
        // Someone with write access to the git folder gives khach the approving roles in the cache only.
        let cache = RulesCache(gitDirectory: room.admin.gitDirectory)
        var forged = try room.parsedRules()
        let index = try #require(forged.people.people.firstIndex { $0.id == "khach" })
        forged.people.people[index].roles = approving
        cache.keep(forged, for: try room.key())
        #expect(try room.command().snapshot().people.person("khach")?.roles == approving, "the cache is what commands read")
        _ = try room.command().transition(id, "approve", note: nil, actorID: "khach")
        let report = try room.command().verify()
        #expect(!report.ok, "verify judged by people.yaml, where khach is a reporter")
        #expect(report.violations.contains { $0.article == id }, "\(report.violations.map(\.message))")
    }
}
