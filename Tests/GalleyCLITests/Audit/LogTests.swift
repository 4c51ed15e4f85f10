import Foundation
import Testing

/// Issue 3: `galley log` — filters and every format, checked field by field
/// against what git itself reads from the same commits.
@Suite("log: the audit trail")
struct AuditLogTests {
    static let fields = ["commit", "time", "actor", "role", "article", "transition", "from", "to", "note", "outside_workflow"]

    /// The event git says a Galley commit records (the trailers and the note between subject and trailers).
    struct ExpectedEvent: Equatable, CustomStringConvertible {
        var commit: String
        var time: String
        var actor: String?
        var role: String?
        var article: String?
        var transition: String?
        var from: String?
        var to: String?
        var note: String?
        var outsideWorkflow: Bool
        var unixTime: Int

        init(_ c: AuditGitCommit) {
            commit = c.hash
            time = c.isoTime
            unixTime = c.unixTime
            actor = c.trailer("Galley-Actor")
            role = c.trailer("Galley-Role")
            article = c.trailer("Galley-Article")
            transition = c.trailer("Galley-Transition")
            from = c.trailer("Galley-From")
            to = c.trailer("Galley-To")
            outsideWorkflow = false
            // %b is the message after the subject: the note paragraphs, then the trailer block.
            var paragraphs = c.body.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "\n\n")
            if paragraphs.last?.hasPrefix("Galley-") == true { paragraphs.removeLast() }
            let text = paragraphs.joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
            note = text.isEmpty ? nil : text
        }

        init(event: [String: Any]) {
            commit = string(event, "commit") ?? ""
            time = string(event, "time") ?? ""
            actor = string(event, "actor")
            role = string(event, "role")
            article = string(event, "article")
            transition = string(event, "transition")
            from = string(event, "from")
            to = string(event, "to")
            note = string(event, "note")
            outsideWorkflow = event["outside_workflow"] as? Bool ?? false
            unixTime = 0
        }

        static func == (a: Self, b: Self) -> Bool {
            (a.commit, a.time, a.actor, a.role, a.article, a.transition) == (b.commit, b.time, b.actor, b.role, b.article, b.transition)
                && (a.from, a.to, a.note, a.outsideWorkflow) == (b.from, b.to, b.note, b.outsideWorkflow)
        }

        var description: String {
            "\(commit.prefix(9)) \(time) \(actor ?? "nil")/\(role ?? "nil") \(transition ?? "nil") \(from ?? "-")→\(to ?? "-") \(article ?? "nil") note=\(note ?? "nil") outside=\(outsideWorkflow)"
        }
    }

    static func expectContractFields(_ events: [[String: Any]], sourceLocation: SourceLocation = #_sourceLocation) {
        for event in events {
            for field in fields {
                #expect(event[field] != nil, "event lacks '\(field)' (must be present, null when empty): \(event)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: - Generated history: filters against git log

    static func timeZone(of room: AuditGeneratedNewsroom) throws -> TimeZone {
        let config = try room.gitOut(["show", "main:galley.yaml"])
        let line = try #require(config.split(separator: "\n").first { $0.hasPrefix("timezone:") })
        let name = line.dropFirst("timezone:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        return try #require(TimeZone(identifier: name), "time zone \(name)")
    }

    @Test("log with each filter equals the matching commits of git log, in branch order")
    func filtersAgainstGit() throws {
        let room = try AuditGeneratedNewsroom(articles: 60, commits: 400, seed: 7)
        let commits = try room.auditGitLog()
        #expect(commits.count > 300)
        #expect(commits.map(\.hash) == (try room.gitOut(["rev-list", "main"]).split(separator: "\n").map(String.init)))
        let all = commits.map(ExpectedEvent.init)

        func log(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [ExpectedEvent] {
            let result = try room.galley(["log", "--format", "json"] + arguments)
            #expect(result.status == 0, "log \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
            let events = try jsonArray(result, sourceLocation: sourceLocation)
            Self.expectContractFields(events, sourceLocation: sourceLocation)
            return events.map(ExpectedEvent.init(event:))
        }
        func check(_ arguments: [String], _ expected: [ExpectedEvent], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let got = try log(arguments, sourceLocation: sourceLocation)
            #expect(!expected.isEmpty, "the filter \(arguments) should match something", sourceLocation: sourceLocation)
            #expect(got.count == expected.count, "log \(arguments): \(got.count) events, git says \(expected.count)", sourceLocation: sourceLocation)
            for (g, e) in zip(got, expected) where g != e {
                Issue.record("log \(arguments):\n  galley \(g)\n  git    \(e)", sourceLocation: sourceLocation)
                break
            }
        }

        // Unfiltered: every commit, field by field, newest first in branch order.
        try check([], all)

        // Single filters.
        let actors = Dictionary(grouping: all.compactMap(\.actor), by: { $0 }).sorted { $0.value.count > $1.value.count }
        let busiest = try #require(actors.first?.key)
        try check(["--actor", busiest], all.filter { $0.actor == busiest })
        try check(["--role", "chief"], all.filter { $0.role == "chief" })
        try check(["--role", "author"], all.filter { $0.role == "author" })
        try check(["--transition", "reject"], all.filter { $0.transition == "reject" })
        try check(["--transition", "approve"], all.filter { $0.transition == "approve" })
        try check(["--state", "published"], all.filter { $0.to == "published" && $0.from != "published" })
        try check(["--state", "returned"], all.filter { $0.to == "returned" && $0.from != "returned" })

        // Combined filters and --limit.
        try check(["--actor", busiest, "--transition", "approve"], all.filter { $0.actor == busiest && $0.transition == "approve" })
        try check(["--limit", "7"], Array(all.prefix(7)))
        try check(["--transition", "submit", "--limit", "3"], Array(all.filter { $0.transition == "submit" }.prefix(3)))

        // One article's life: the commits git log lists for its folder.
        let article = try #require(Dictionary(grouping: all.compactMap(\.article), by: { $0 }).max { $0.value.count < $1.value.count }?.key)
        let shown = try jsonObject(try room.galley(["show", article, "--format", "json"]))
        let path = try #require(string(shown, "path"))
        let folder = (path as NSString).deletingLastPathComponent
        let touching = Set(try room.gitOut(["log", "--format=%H", "main", "--", folder]).split(separator: "\n").map(String.init))
        try check([article], all.filter { touching.contains($0.commit) })
        try check([article, "--transition", "approve"], all.filter { touching.contains($0.commit) && $0.transition == "approve" })

        // --since/--until: whole days in the newsroom's time zone, inclusive at both ends.
        let zone = try Self.timeZone(of: room)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        func day(_ unix: Int) -> String {
            let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(unix)))
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
        func startOfDay(_ text: String) throws -> Int {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
                throw CocoaError(.formatting)
            }
            return Int(date.timeIntervalSince1970)
        }
        func endOfDay(_ text: String) throws -> Int {
            let start = Date(timeIntervalSince1970: TimeInterval(try startOfDay(text)))
            return Int(try #require(calendar.date(byAdding: .day, value: 1, to: start)).timeIntervalSince1970) - 1
        }
        let sinceDay = day(all[250].unixTime)
        let untilDay = day(all[100].unixTime)
        let (low, high) = (try startOfDay(sinceDay), try endOfDay(untilDay))
        try check(["--since", sinceDay, "--until", untilDay], all.filter { $0.unixTime >= low && $0.unixTime <= high })
        try check(["--since", sinceDay], all.filter { $0.unixTime >= low })
        try check(["--until", untilDay], all.filter { $0.unixTime <= high })
        // A single day; the commit that falls on it is included, its neighbours on other days are not.
        let single = day(all[180].unixTime)
        let singleEvents = all.filter { $0.unixTime >= (try! startOfDay(single)) && $0.unixTime <= (try! endOfDay(single)) }
        try check(["--since", single, "--until", single], singleEvents)
        #expect(singleEvents.contains { $0.commit == all[180].commit })
        // A day with a commit in its last or first hours catches an off-by-a-time-zone bound.
        let edgy = all.first { event in
            let seconds = event.unixTime - (try! startOfDay(day(event.unixTime)))
            return seconds < 7 * 3600 || seconds > 17 * 3600
        }
        if let edgy {
            let d = day(edgy.unixTime)
            try check(["--since", d, "--until", d], all.filter { $0.unixTime >= (try! startOfDay(d)) && $0.unixTime <= (try! endOfDay(d)) })
        }
        // Full ISO 8601 times select the exact second.
        try check(["--since", all[120].time, "--until", all[120].time], all.filter { $0.unixTime == all[120].unixTime })

        // A bad date is refused with exit 3.
        let bad = try room.galley(["log", "--since", "2019-13-45"])
        #expect(bad.status == 3, "\(bad)")
    }

    // MARK: - A newsroom made through the CLI: formats

    /// Articles through several steps, notes with Vietnamese text, commas, quotes and line breaks,
    /// and one commit made with plain git that touches two articles.
    static func newsroomWithNotes() throws -> (Newsroom, [String], String) {
        let room = try Newsroom()
        let reporter = Newsroom.reporter
        let editor = Newsroom.editor
        let chief = Newsroom.chief
        let a = try room.newArticle("Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”", as: reporter, body: "Thái Bình.\n")
        try room.steps(a, [("submit", reporter)])
        try room.ok(["reject", a, "-m", "Sai số liệu, cần \"nguồn\" rõ ràng.\nDòng hai: Đặng Thị Hà, Đồng Nai"], as: editor)
        try room.steps(a, [("submit", reporter), ("approve", editor), ("approve", chief)])
        try room.ok(["publish", a, "-m", "Đăng lúc 6 giờ, trang nhất"], as: chief)
        let b = try room.newArticle("Bài hủy", as: reporter, body: "Nội dung.\n")
        try room.ok(["spike", b, "-m", "Trùng đề tài; đã có bài khác"], as: reporter)
        let c = try room.newArticle("Bài chờ", as: reporter, body: "Đoạn văn.\n")

        // Plain git touches two articles' text.
        for id in [b, c] {
            let path = try room.articlePath(id)
            try room.auditRewrite(path) { $0 + "Thêm bằng tay.\n" }
        }
        let plain = try room.auditPlainCommit("Sửa tay hai bài, không qua Galley\n", name: "Ai Đó", email: "aido@example.vn")
        try room.steps(c, [("submit", reporter)])
        return (room, [a, b, c], plain)
    }

    @Test("json, jsonl, csv and text agree; outside-workflow commits are listed; branch order")
    func formats() throws {
        let (room, ids, plain) = try Self.newsroomWithNotes()
        let (a, b, c) = (ids[0], ids[1], ids[2])

        let jsonResult = try room.galley(["log", "--format", "json"])
        #expect(jsonResult.status == 0, "\(jsonResult)")
        let events = try jsonArray(jsonResult)
        Self.expectContractFields(events)

        // Newest first, in branch order: every commit of main is an event here.
        #expect(events.compactMap { string($0, "commit") } == (try room.auditRevList()))
        // Field by field against git.
        let git = try room.auditGitLog()
        for (event, commit) in zip(events, git) where commit.isGalleyStep {
            let got = ExpectedEvent(event: event)
            #expect(got == ExpectedEvent(commit), "galley \(got)\ngit    \(ExpectedEvent(commit))")
        }
        // null where empty: a create has no from and no note.
        let create = try #require(events.first { string($0, "transition") == "create" && string($0, "article") == a })
        #expect(isNull(create, "from") && isNull(create, "note"), "\(create)")
        let init_ = try #require(events.last)
        #expect(string(init_, "transition") == "init" && isNull(init_, "article"), "\(init_)")

        // The plain-git commit: listed, outside the workflow, no actor or step.
        let outside = try #require(events.first { string($0, "commit") == plain }, "the plain git commit is missing from log")
        #expect(outside["outside_workflow"] as? Bool == true, "\(outside)")
        for field in ["actor", "role", "transition", "from", "to"] {
            #expect(isNull(outside, field), "\(field) of an outside-workflow event: \(outside)")
        }
        #expect([b, c].contains(string(outside, "article") ?? ""), "\(outside)")
        #expect(events.filter { $0["outside_workflow"] as? Bool == true }.count == 1)
        #expect(events.filter { $0["outside_workflow"] as? Bool == false }.count == events.count - 1)

        // The note keeps Vietnamese text, quotes, commas and its line break.
        let reject = try #require(events.first { string($0, "transition") == "reject" })
        #expect(string(reject, "note") == "Sai số liệu, cần \"nguồn\" rõ ràng.\nDòng hai: Đặng Thị Hà, Đồng Nai")

        // `log ID`: one article's life, exactly the commits git log lists for its folder — for both
        // articles the plain commit touched.
        for id in [a, b, c] {
            let folder = (try room.articlePath(id) as NSString).deletingLastPathComponent
            let expected = try room.gitOut(["log", "--format=%H", "main", "--", folder]).split(separator: "\n").map(String.init)
            let got = try jsonArray(try room.galley(["log", id, "--format", "json"])).compactMap { string($0, "commit") }
            #expect(got == expected, "log \(id): galley \(got.map { $0.prefix(7) }) git \(expected.map { $0.prefix(7) })")
        }

        // jsonl: one object per line, the same events.
        let jsonl = try room.galley(["log", "--format", "jsonl"])
        #expect(jsonl.status == 0)
        let lines = jsonl.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "jsonl ends with a newline")
        let objects = lines.dropLast()
        #expect(objects.count == events.count)
        for (line, event) in zip(objects, events) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not one JSON object: \(line)")
            #expect(Set(object.keys) == Set(event.keys), "jsonl keys \(object.keys.sorted())")
            #expect(ExpectedEvent(event: object) == ExpectedEvent(event: event), "jsonl \(line) ≠ json \(event)")
            for field in Self.fields {
                #expect((object[field] is NSNull) == (event[field] is NSNull), "jsonl \(field) null-ness: \(line)")
            }
        }

        // csv: RFC 4180 with the contract's header, read back by a CSV parser, equal to the JSON.
        let csv = try room.galley(["log", "--format", "csv"])
        #expect(csv.status == 0)
        let records = try AuditCSV.parse(csv.stdout)
        #expect(records.first == Self.fields, "header: \(records.first ?? [])")
        let rows = Array(records.dropFirst())
        #expect(rows.count == events.count, "csv rows \(rows.count), events \(events.count)")
        for (row, event) in zip(rows, events) {
            #expect(row.count == Self.fields.count, "\(row)")
            for (field, value) in zip(Self.fields, row) {
                let expected: String
                switch event[field] {
                case let text as String: expected = text
                case let flag as Bool: expected = flag ? "true" : "false"
                default: expected = ""
                }
                #expect(value == expected, "csv \(field): \(value) ≠ json \(expected)")
            }
        }
        #expect(rows.contains { $0[8] == "Sai số liệu, cần \"nguồn\" rõ ràng.\nDòng hai: Đặng Thị Hà, Đồng Nai" })

        // text: an aligned table with the workflow's Vietnamese labels.
        let text = try room.galley(["log"])
        #expect(text.status == 0)
        let table = text.stdout.split(separator: "\n").map { Array(String($0)) }
        let header = try #require(table.first)
        func column(_ name: String) -> Int? {
            let characters = Array(name)
            return header.indices.first { header[$0...].starts(with: characters) }
        }
        let step = try #require(column("STEP"))
        let article = try #require(column("ARTICLE"))
        let note = try #require(column("NOTE"))
        #expect(table.count == events.count + 1, "one row per event:\n\(text.stdout)")
        for (row, event) in zip(table.dropFirst(), events) {
            let expectedStep = event["outside_workflow"] as? Bool == true ? "(outside workflow)" : (string(event, "transition") ?? "")
            #expect(row.count > step && row[step...].starts(with: Array(expectedStep)) && (step == 0 || row[step - 1] == " "),
                    "STEP column not at offset \(step): \(String(row))")
            if let id = string(event, "article") {
                #expect(row.count > article && row[article...].starts(with: Array(id)) && row[article - 1] == " ",
                        "ARTICLE column not at offset \(article): \(String(row))")
            }
            if let n = string(event, "note") {
                let flat = n.split(whereSeparator: \.isNewline).joined(separator: " ")
                #expect(row.count > note && String(row[note...]) == flat, "NOTE column not at offset \(note): \(String(row))")
            }
        }
        #expect(text.stdout.contains("Chờ biên tập"))
        #expect(text.stdout.contains("Bản nháp → Chờ biên tập"))
        #expect(text.stdout.contains("Chờ duyệt → Đã duyệt"))
        #expect(text.stdout.contains("Đã duyệt → Đã xuất bản"))
    }
}
