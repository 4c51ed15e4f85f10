import Foundation
import Testing

/// Issue 14 end to end: the built `galley serve` on a free loopback port, a real headless
/// Chromium (through chromedriver), and the real git CLI to check what the buttons wrote.
@Suite("The web desk in a real browser", .serialized, .timeLimit(.minutes(10)))
struct WebDeskBrowserTests {
    static let reporterPassword = "phóng viên viết bài 1"
    static let editorPassword = "biên tập viên duyệt 2"
    static let chiefPassword = "tổng biên tập xuất bản 3"
    static let auditorPassword = "kiểm soát viên đọc 4"
    static let auditor = "kiemsoat"

    /// The newsroom (bare, as a server's is), both passwords set, the desk and a browser running.
    struct Stage {
        let newsroom: Newsroom
        let desk: DeskProcess
        let browser: WebDriver
        /// Where the pages' screenshots go: `GALLEY_SCREENSHOTS`, else a folder in the
        /// temporary directory that outlives the test (its path is printed).
        let screenshots: URL

        func screenshot(_ name: String) throws -> URL {
            let file = screenshots.appendingPathComponent(name + ".png")
            try browser.screenshot().write(to: file)
            return file
        }

        func stop() {
            browser.quit()
            desk.stop()
        }

        func signIn(_ person: String, _ password: String) throws {
            try browser.go(desk.url + "/signin")
            try browser.type("#person", person)
            try browser.type("#password", password)
            try browser.submit("#sign-in")
        }

        func signOut() throws {
            try browser.submit("form[action='/signout'] button")
        }

        /// The subject and trailers of a commit, as git reads them.
        func commit(_ revision: String) throws -> (subject: String, trailers: [String: String], files: [String]) {
            let subject = try newsroom.gitOut(["log", "-1", "--format=%s", revision])
            let trailerText = try newsroom.gitOut(["log", "-1", "--format=%(trailers:only,unfold)", revision])
            var trailers: [String: String] = [:]
            for line in trailerText.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { trailers[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            let files = try newsroom.gitOut(["show", "--format=", "--name-only", revision]).split(separator: "\n").map(String.init)
            return (subject, trailers, files)
        }
    }

    static func stage() throws -> Stage {
        let staff = Newsroom.standardStaff + [StaffMember(id: auditor, name: "Kiểm Soát Viên", email: "ks@example.vn", roles: ["auditor"])]
        let newsroom = try Newsroom(bare: true, staff: staff)
        let people = [
            (Newsroom.reporter, reporterPassword), (Newsroom.editor, editorPassword), (Newsroom.chief, chiefPassword), (auditor, auditorPassword),
        ]
        for (person, password) in people {
            let set = try newsroom.galleyWithInput(["people", "password", person, "--stdin"], as: Newsroom.admin, input: password + "\n")
            try #require(set.status == 0, "\(set)")
        }
        let desk = try DeskProcess(newsroom)
        do {
            let screenshots = ProcessInfo.processInfo.environment["GALLEY_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("galley-desk-screenshots-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
            print("web desk screenshots: \(screenshots.path)")
            return Stage(newsroom: newsroom, desk: desk, browser: try WebDriver(scratch: newsroom.scratch), screenshots: screenshots)
        } catch {
            desk.stop()
            throw error
        }
    }

    @Test func aReporterWritesAndSubmitsAndAnEditorApproves() throws {
        let stage = try Self.stage()
        do {
            try run(stage)
        } catch {
            stage.stop()
            throw error
        }
        stage.stop()
    }

    private func run(_ stage: Stage) throws {
        let browser = stage.browser
        let newsroom = stage.newsroom
        let url = stage.desk.url

        // Without a session every page leads to the sign-in form, in Vietnamese (the newsroom's language).
        try browser.go(url + "/queue")
        #expect(try browser.currentURL().hasSuffix("/signin"))
        #expect(try browser.source().contains("<html lang=\"vi\""))
        #expect(try browser.text("h1") == "Đăng nhập")

        // A wrong password is refused.
        try stage.signIn(Newsroom.reporter, "không phải mật khẩu")
        #expect(try browser.currentURL().hasSuffix("/signin"))
        #expect(try browser.text("#error").contains("Sai người dùng hoặc mật khẩu"))

        // The reporter signs in, writes an article with a script in it, and sees it rendered as text.
        try stage.signIn(Newsroom.reporter, Self.reporterPassword)
        #expect(try browser.currentURL().hasSuffix("/queue"))
        #expect(try browser.text("h1") == "Việc của tôi")
        _ = try stage.screenshot("1-reporter-queue")
        let commitsBefore = Int(try newsroom.gitOut(["rev-list", "--count", "HEAD"])) ?? 0
        try browser.go(url + "/new")
        try browser.type("#title", "Cầu Đông Lạc thông xe")
        try browser.type("#section", "thoi-su")
        let body = "Đoạn đầu có chữ **đậm** và [một liên kết](https://example.vn/bai).\n\n<script>document.title='pwned'</script>\n\n<img src=x onerror=\"document.title='pwned'\">\n\n[bấm](javascript:document.title='pwned')\n"
        try browser.type("#body", body)
        try browser.submit("#save")
        let articleURL = try browser.currentURL()
        let id = try #require(articleURL.components(separatedBy: "/articles/").last?.components(separatedBy: "?").first)
        try #require(id.hasPrefix("cau-dong-lac-thong-xe"), "\(articleURL): \((try? browser.source()) ?? "")")
        #expect(try browser.text("#title") == "Cầu Đông Lạc thông xe")
        let shown = try browser.text("#body")
        #expect(shown.contains("<script>document.title='pwned'</script>"), "the script is shown as text: \(shown)")
        #expect(shown.contains("<img src=x onerror="), "raw HTML is shown as text: \(shown)")
        #expect(try browser.text("#body strong") == "đậm")
        #expect(try browser.elements("#body script").isEmpty)
        #expect(try browser.elements("#body img").isEmpty)
        #expect(try browser.elements("#body a[href^='javascript']").isEmpty)
        #expect(try browser.title() != "pwned", "no script ran")
        #expect(try browser.text("#field-state").contains("draft"))

        // An out-of-date edit form is refused, and the person's text stays in it.
        try browser.go(url + "/articles/\(id)/edit")
        let meanwhile = try newsroom.writeScratch("meanwhile.md", "Bản người khác lưu trước.\n")
        try newsroom.ok(["save", id, "--body-file", meanwhile], as: Newsroom.reporter)
        let headAfterMeanwhile = try newsroom.head()
        try browser.type("#body", "Bản của tôi, viết trong trình duyệt.")
        try browser.submit("#save")
        #expect(try browser.text("#error").contains("đã thay đổi từ khi bạn mở nó"))
        #expect(try browser.value("#body") == "Bản của tôi, viết trong trình duyệt.", "the person's text is kept")
        #expect(try browser.text("#current").contains("Bản người khác lưu trước."))
        #expect(try newsroom.head() == headAfterMeanwhile, "nothing was written")
        // Having seen the other version, saving again is the person's choice, and it is one revision.
        try browser.submit("#save")
        #expect(try browser.currentURL().contains("/articles/\(id)"))
        #expect(try browser.text("#body").contains("Bản của tôi, viết trong trình duyệt."))

        // The reporter attaches a photo with its caption and credit, from the article page's upload form.
        let png = try #require(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
        let photo = try newsroom.writeScratch("Ảnh cầu Đông Lạc.png", png)
        try browser.chooseFile("#attach-file", photo)
        try browser.type("#attach-caption", "Cầu Đông Lạc ngày thông xe")
        try browser.type("#attach-credit", "Ảnh: Thanh Phú")
        try browser.submit("#attach")
        #expect(try browser.elements("img.photo[src='/articles/\(id)/files/anh-cau-dong-lac.png']").count == 1, "\((try? browser.source()) ?? "")")
        #expect(try browser.text("figure.attachment figcaption").contains("Cầu Đông Lạc ngày thông xe — Ảnh: Thanh Phú"))
        #expect(try newsroom.trailers().contains("Galley-Transition: attach"))
        _ = try stage.screenshot("1b-photo-attached")

        // The reporter submits it with the button the workflow offers them.
        #expect(try browser.elements("#step-approve").isEmpty, "only the steps the rules allow this person")
        try browser.type("#note-submit", "Nhờ anh chị xem giúp")
        try browser.submit("#step-submit")
        #expect(try browser.text(".notice").contains("submit"))
        #expect(try browser.text("#field-state").contains("submitted"))
        try stage.signOut()
        #expect(try browser.currentURL().hasSuffix("/signin"))

        // The editor signs in, finds it in their queue, and approves it.
        try stage.signIn(Newsroom.editor, Self.editorPassword)
        #expect(try browser.elements("li[data-article='\(id)']").count == 1, "in the editor's queue")
        try browser.submit("li[data-article='\(id)'] a")
        #expect(try browser.currentURL().hasSuffix("/articles/\(id)"))
        #expect(try browser.text("#history").contains("Nhờ anh chị xem giúp"), "the history shows the note")
        // The editor changes a sentence in the browser, then approves.
        try browser.go(url + "/articles/\(id)/edit")
        let submittedText = try browser.value("#body")
        try #require(submittedText.contains("viết trong trình duyệt"), "\(submittedText)")
        try browser.type("#body", submittedText.replacingOccurrences(of: "viết trong trình duyệt", with: "biên tập lại trong trình duyệt"))
        try browser.submit("#save")
        #expect(try browser.text("#body").contains("biên tập lại trong trình duyệt"))
        _ = try stage.screenshot("1c-editor-edited")
        try browser.submit("#step-approve")
        #expect(try browser.text("#field-state").contains("edited"))

        // A POST without the anti-forgery token is refused, with the editor's own session cookie.
        let cookie = try browser.cookie("galley_session")
        #expect(cookie["httpOnly"] as? Bool == true)
        #expect(cookie["sameSite"] as? String == "Strict")
        let session = try #require(cookie["value"] as? String)
        let headBeforeForgery = try newsroom.head()
        let forged = try post(stage.desk, "/articles/\(id)/step", "step=reject&note=forged", cookie: "galley_session=\(session)")
        #expect(forged == 403)
        let wrongToken = try post(stage.desk, "/articles/\(id)/step", "step=reject&note=forged&csrf=0123", cookie: "galley_session=\(session)")
        #expect(wrongToken == 403)
        #expect(try newsroom.head() == headBeforeForgery, "nothing was written")

        // Each step was one commit with Galley's trailers, and verify accepts the history.
        let steps = Int(try newsroom.gitOut(["rev-list", "--count", "HEAD"])) ?? 0
        #expect(steps - commitsBefore == 7, "create, the CLI's revision, the browser's revision, the photo, submit, the editor's revision, approve")
        let path = try #require(try stage.commit("HEAD").files.first)
        #expect(path.hasSuffix("/\(id)/index.md"))
        let photoPath = (path as NSString).deletingLastPathComponent + "/anh-cau-dong-lac.png"
        let expected: [(String, String, String?, String, String)] = [
            ("HEAD", "approve", "submitted", "edited", Newsroom.editor), ("HEAD~1", "revise", "submitted", "submitted", Newsroom.editor),
            ("HEAD~2", "submit", "draft", "submitted", Newsroom.reporter), ("HEAD~3", "attach", "draft", "draft", Newsroom.reporter),
            ("HEAD~4", "revise", "draft", "draft", Newsroom.reporter), ("HEAD~5", "revise", "draft", "draft", Newsroom.reporter),
            ("HEAD~6", "create", nil, "draft", Newsroom.reporter),
        ]
        for (revision, transition, from, to, actor) in expected {
            let commit = try stage.commit(revision)
            #expect(commit.trailers["Galley-Article"] == id, "\(revision): \(commit)")
            #expect(commit.trailers["Galley-Transition"] == transition, "\(revision): \(commit)")
            #expect(commit.trailers["Galley-From"] == from, "\(revision): \(commit)")
            #expect(commit.trailers["Galley-To"] == to, "\(revision): \(commit)")
            #expect(commit.trailers["Galley-Actor"] == actor, "\(revision): \(commit)")
            // One step, one file; the photo's step adds the photo beside it.
            #expect(commit.files.sorted() == (transition == "attach" ? [photoPath, path] : [path]).sorted(), "\(revision): \(commit.files)")
        }
        #expect(try newsroom.gitOut(["log", "-1", "--format=%B", "HEAD~2"]).contains("Nhờ anh chị xem giúp"))
        let verified = try newsroom.ok(["verify", "--format", "json"])
        #expect(try jsonObject(verified)["ok"] as? Bool == true, "\(verified)")

        // Search folds Vietnamese marks, as `galley search` does: "cau dong lac" finds "Cầu Đông Lạc".
        try browser.go(url + "/search?q=cau+dong+lac")
        #expect(try browser.elements("li[data-article='\(id)']").count == 1, "\((try? browser.source()) ?? "")")
        // English is a link away, and stays chosen.
        try browser.submit("footer a")
        #expect(try browser.source().contains("<html lang=\"en\""))
        try browser.go(url + "/queue")
        #expect(try browser.text("h1") == "My work")

        // A step someone else took first: the button's refusal shows the refusal's words
        // (on a second article, submitted from the command line).
        let other = try newsroom.newArticle("Mùa lúa mới ở Thái Bình")
        try newsroom.ok(["submit", other], as: Newsroom.reporter)
        try browser.go(url + "/articles/\(other)")
        try newsroom.ok(["reject", other, "-m", "Cần thêm nguồn"], as: Newsroom.chief)
        let headAfterChief = try newsroom.head()
        try browser.type("#note-reject", "Trả lại cho phóng viên")
        try browser.submit("#step-reject")
        let refusal = try browser.text("#error")
        #expect(refusal.contains("reject") && refusal.contains(Newsroom.chief), "says who was first: \(refusal)")
        #expect(try newsroom.head() == headAfterChief, "nothing was written")
        if try !browser.elements("#note-reject").isEmpty {
            #expect(try browser.value("#note-reject") == "Trả lại cho phóng viên", "the note typed is kept")
        }

        // A person deactivated meanwhile is signed out at their next page.
        try newsroom.ok(["people", "deactivate", Newsroom.editor], as: Newsroom.admin)
        try browser.go(url + "/queue")
        #expect(try browser.currentURL().hasSuffix("/signin"))
        try stage.signIn(Newsroom.editor, Self.editorPassword)
        #expect(try browser.currentURL().hasSuffix("/signin"), "and cannot sign in again")

        // Back to Vietnamese; the chief approves the edited article and publishes it.
        try browser.submit("footer a")
        #expect(try browser.source().contains("<html lang=\"vi\""))
        try stage.signIn(Newsroom.chief, Self.chiefPassword)
        try browser.go(url + "/articles/\(id)")
        #expect(try browser.elements("#step-publish").isEmpty, "not before the chief's approval")
        try browser.submit("#step-approve")
        #expect(try browser.text("#field-state").contains("approved"))
        try browser.submit("#step-publish")
        #expect(try browser.text("#field-state").contains("published"), "\((try? browser.source()) ?? "")")
        _ = try stage.screenshot("2-chief-article-published")
        #expect(try browser.elements("#nav-log").count == 1, "the chief's navigation links the log")
        try stage.signOut()

        // The auditor opens the log and verify's verdict.
        try stage.signIn(Self.auditor, Self.auditorPassword)
        #expect(try browser.elements("#step-approve").isEmpty)
        try browser.submit("#nav-log")
        #expect(try browser.currentURL().hasSuffix("/log"))
        #expect(try browser.text("#log").contains("publish"), "the publication is in the log")
        #expect(try browser.elements("#log tr[data-commit]").count >= 8)
        _ = try stage.screenshot("3-auditor-log")
        try browser.click("#filters summary")
        try browser.type("#filter-actor", Newsroom.chief)
        try browser.submit("#filter")
        let chiefRows = try browser.elements("#log tr[data-commit]").count
        let chiefSteps = try jsonArray(try newsroom.ok(["log", "--actor", Newsroom.chief, "--format", "json"])).count
        #expect(chiefRows == chiefSteps, "the filter is galley log's")
        try browser.submit("#nav-verify")
        #expect(try browser.text("#verdict").hasPrefix("ok"), "\((try? browser.text("#verdict")) ?? "")")
        _ = try stage.screenshot("4-auditor-verify")

        // Afterwards the CLI agrees, and git log shows the four people's commits.
        let final = try newsroom.ok(["verify", "--format", "json"])
        #expect(try jsonObject(final)["ok"] as? Bool == true, "\(final)")
        let actors = Set(try newsroom.gitOut(["log", "--format=%(trailers:key=Galley-Actor,valueonly)"]).split(separator: "\n").map(String.init))
        for person in [Newsroom.admin, Newsroom.reporter, Newsroom.editor, Newsroom.chief] {
            #expect(actors.contains(person), "\(person) in \(actors)")
        }
        let authors = Set(try newsroom.gitOut(["log", "--format=%an"]).split(separator: "\n").map(String.init))
        #expect(authors.count >= 4, "four people's commits: \(authors)")
        for (revision, transition) in [("HEAD", "publish"), ("HEAD~1", "approve")] {
            let commit = try stage.commit(revision)
            #expect(commit.trailers["Galley-Transition"] == transition && commit.trailers["Galley-Actor"] == Newsroom.chief, "\(revision): \(commit)")
            #expect(commit.trailers["Galley-Article"] == id)
        }
    }

    /// A POST as a forger would send it: the session cookie, no token (or a wrong one); the status.
    private func post(_ desk: DeskProcess, _ path: String, _ body: String, cookie: String) throws -> Int {
        let reply = try LoopbackHTTP.request(
            port: desk.port, "POST", path, headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)], body: Data(body.utf8))
        return reply.status
    }
}
