import Foundation
import Testing

/// The auditor's and chief's pages over HTTP: `/log` with `galley log`'s filters, its CSV and
/// JSON downloads (the CLI's bytes), `/verify` (the CLI's verdict), and 403 for everyone else.
@Suite("The web desk's log and verify pages", .serialized)
struct WebDeskAuditTests {
    static let auditor = "kiemsoat"
    static let password = "mật khẩu đủ dài 1"
    static let staff = Newsroom.standardStaff + [StaffMember(id: auditor, name: "Kiểm Soát", email: "ks@example.vn", roles: ["auditor"])]

    /// A newsroom with two articles' worth of steps (one note holding a script), passwords for all.
    static func newsroom() throws -> (Newsroom, String) {
        let newsroom = try Newsroom(staff: staff)
        for person in [Newsroom.reporter, Newsroom.editor, Newsroom.chief, Newsroom.admin, auditor] {
            try newsroom.setPassword(person, password)
        }
        let id = try newsroom.newArticle("Cầu Đông Lạc thông xe")
        try newsroom.ok(["submit", id, "-m", "<script>alert('ghi chú')</script> & \"trích\""], as: Newsroom.reporter)
        try newsroom.ok(["approve", id], as: Newsroom.editor)
        _ = try newsroom.newArticle("Mùa lúa mới, ở Thái Bình")
        return (newsroom, id)
    }

    @Test func onlyAuditorsTheChiefAndAdminsMayOpenThem() throws {
        let (newsroom, _) = try Self.newsroom()
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        for person in [Newsroom.reporter, Newsroom.editor] {
            let visitor = try DeskVisitor(desk, person, Self.password)
            for path in ["/log", "/log.csv", "/log.json", "/verify", "/log?actor=\(Newsroom.reporter)"] {
                let page = try visitor.get(path)
                #expect(page.status == 403, "\(person) \(path): \(page.status)")
                #expect(page.text.contains("kiểm soát viên") && page.text.contains(person), "says who may: \(page.text)")
                #expect(!page.text.contains("Cầu Đông Lạc"), "\(person) \(path) shows nothing of the log")
            }
            #expect(!(try visitor.get("/queue").text.contains("href=\"/log\"")), "no link for \(person)")
        }
        for person in [Self.auditor, Newsroom.chief, Newsroom.admin] {
            let visitor = try DeskVisitor(desk, person, Self.password)
            for path in ["/log", "/log.csv", "/log.json", "/verify"] {
                #expect(try visitor.get(path).status == 200, "\(person) \(path)")
            }
            let queue = try visitor.get("/queue").text
            #expect(queue.contains("href=\"/log\"") && queue.contains("href=\"/verify\""), "the navigation links them for \(person)")
        }
        for path in ["/log", "/log.csv", "/log.json", "/verify"] {
            let anonymous = try LoopbackHTTP.request(port: desk.port, "GET", path)
            #expect(anonymous.status == 303 && anonymous.header("Location") == "/signin", "\(path) without a session")
        }
    }

    @Test func downloadsAreTheCLIsBytesForTheSameFilters() throws {
        let (newsroom, id) = try Self.newsroom()
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let auditor = try DeskVisitor(desk, Self.auditor, Self.password)
        let filters: [([String], String)] = [
            ([], ""),
            (["--actor", Newsroom.reporter], "actor=\(Newsroom.reporter)"),
            ([id, "--transition", "submit"], "article=\(id)&transition=submit"),
            (["--state", "Chờ biên tập"], "state=" + DeskVisitor.encoded("Chờ biên tập")),
            (["--state", "da xuat ban"], "state=da+xuat+ban"),
            (["--since", "2000-01-01", "--until", "2999-12-31", "--limit", "2"], "since=2000-01-01&until=2999-12-31&limit=2"),
            (["--role", "editor"], "role=editor&actor="),
        ]
        for (arguments, query) in filters {
            for (format, path) in [("csv", "/log.csv"), ("json", "/log.json")] {
                let cli = try newsroom.ok(["log", "--format", format] + arguments)
                let web = try auditor.get(path + (query.isEmpty ? "" : "?" + query))
                #expect(web.status == 200, "\(path)?\(query): \(web.text)")
                #expect(web.body == cli.stdoutData, "\(path)?\(query) differs from galley log --format \(format) \(arguments):\n\(web.text)\n---\n\(cli.stdout)")
            }
        }
        let csv = try auditor.get("/log.csv")
        #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(csv.header("Content-Disposition")?.contains("attachment") == true)
        #expect(csv.text.contains("&lt;") == false && csv.text.contains("<script>"), "a download is data, not HTML")
        #expect(try auditor.get("/log.json").header("Content-Type")?.hasPrefix("application/json") == true)
    }

    @Test func theLogPageEscapesNotesAndRefusesWhatTheCLIRefuses() throws {
        let (newsroom, id) = try Self.newsroom()
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let chief = try DeskVisitor(desk, Newsroom.chief, Self.password)
        let page = try chief.get("/log")
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>"), "the note's script never reaches the page unescaped")
        #expect(page.text.contains("&lt;script&gt;alert(&#39;ghi chú&#39;)&lt;/script&gt; &amp; &quot;trích&quot;"), "\(page.text)")
        #expect(page.text.contains("href=\"/articles/\(id)\""))
        #expect(page.text.contains("href=\"/log.csv\"") && page.text.contains("href=\"/log.json\""))

        let filtered = try chief.get("/log?actor=\(Newsroom.editor)")
        let rows = filtered.text.components(separatedBy: "data-commit=").count - 1
        let cli = try jsonArray(try newsroom.ok(["log", "--actor", Newsroom.editor, "--format", "json"]))
        #expect(rows == cli.count && rows == 1, "the editor's one step: \(rows)")
        #expect(filtered.text.contains("href=\"/log.csv?actor=\(Newsroom.editor)\""), "the downloads keep the filters")
        #expect(filtered.text.contains("value=\"\(Newsroom.editor)\""), "the form keeps the filters")

        // What the CLI refuses (exit 3) the page refuses with the same words, and shows no events.
        let cliRefusal = try newsroom.galley(["log", "--actor", "khongco"])
        #expect(cliRefusal.status == 3)
        let unknown = try chief.get("/log?actor=khongco")
        #expect(unknown.status == 400)
        #expect(unknown.text.contains("khongco") && !unknown.text.contains("data-commit="), "\(unknown.text)")
        for bad in ["since=hom-qua", "state=khong-co", "transition=bay"] {
            let refused = try chief.get("/log?" + bad)
            #expect(refused.status == 400 && !refused.text.contains("data-commit="), "\(bad): \(refused.status)")
            #expect(try chief.get("/log.csv?" + bad).status == 400, "\(bad) as CSV")
        }
        for limit in ["0", "-1", "hai"] {
            #expect(try chief.get("/log?limit=\(limit)").status == 400, "limit \(limit)")
            #expect(try chief.get("/log.json?limit=\(limit)").status == 400, "limit \(limit) as JSON")
        }
    }

    @Test func verifyShowsTheCLIsVerdictAndEachViolation() throws {
        let (newsroom, id) = try Self.newsroom()
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let auditor = try DeskVisitor(desk, Self.auditor, Self.password)
        let clean = try auditor.get("/verify")
        #expect(clean.status == 200)
        #expect(clean.text.contains("data-ok=\"true\"") && clean.text.contains("<code>ok</code>"), "\(clean.text)")

        // An attacker's plain git commit publishes the article by hand: verify names it, and so does the page.
        let path = try #require(try jsonObject(try newsroom.ok(["show", id, "--format", "json"]))["path"] as? String)
        let file = newsroom.repo.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "state: edited", with: "state: published").write(to: file, atomically: true, encoding: .utf8)
        _ = try newsroom.gitOut(["-c", "user.name=Kẻ Lạ", "-c", "user.email=la@example.vn", "commit", "-q", "-a", "-m", "<script>x</script> xuất bản tay"])
        let commit = try newsroom.head()
        let cli = try newsroom.galley(["verify", "--format", "json"])
        #expect(cli.status == 4)
        let violations = try #require(try jsonObject(cli)["violations"] as? [[String: Any]])
        try #require(!violations.isEmpty)
        let page = try auditor.get("/verify")
        #expect(page.status == 200)
        #expect(page.text.contains("data-ok=\"false\""))
        #expect(page.text.components(separatedBy: "<tr data-commit=").count - 1 == violations.count, "one row per violation")
        for violation in violations {
            let rule = try #require(violation["rule"] as? String)
            #expect(page.text.contains("<code>\(rule)</code>"), "\(rule) shown")
        }
        #expect(page.text.contains("data-commit=\"\(commit)\""), "the hand-made commit is named")
        #expect(!page.text.contains("<script>"))
    }
}
