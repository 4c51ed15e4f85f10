import Foundation
import Testing

/// A real headless Chromium, driven through chromedriver's W3C WebDriver protocol (plain
/// HTTP and JSON, so the test needs no client library). Both processes end with the value.
final class WebDriver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let driver: RunningProgram
    private let port: Int
    private let session: String
    private let profile: URL

    /// Starts chromedriver on a free loopback port and opens a headless Chromium session.
    init(scratch: URL) throws {
        let log = scratch.appendingPathComponent("chromedriver-\(UUID().uuidString).log")
        profile = scratch.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let driver = try RunningProgram(URL(fileURLWithPath: "/usr/bin/chromedriver"), ["--port=0"], output: .log(log))
        self.driver = driver
        let line = try DeskProcess.waitForLine(in: log, containing: "started successfully on port ", process: driver)
        guard let port = line.split(separator: " ").last.flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".\n"))) }) else {
            driver.send(SIGKILL)
            throw Failure(description: "chromedriver said: \(line)")
        }
        self.port = port
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": "/usr/bin/chromium",
                        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=\(profile.path)",
                                 "--window-size=412,915"],
                    ],
                ]
            ]
        ]
        do {
            let created = try Self.call(port, "POST", "/session", capabilities)
            guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
                throw Failure(description: "no session: \(created)")
            }
            session = id
        } catch {
            driver.send(SIGKILL)
            throw error
        }
    }

    /// Ends the browser, then chromedriver.
    func quit() {
        _ = try? Self.call(port, "DELETE", "/session/\(session)", nil)
        // chromedriver does not stop on SIGTERM; the browser ended with its session.
        driver.send(SIGKILL)
        _ = try? driver.wait()
        try? FileManager.default.removeItem(at: profile)
    }

    func go(_ url: String) throws { _ = try command("POST", "/url", ["url": url]) }

    func currentURL() throws -> String { try command("GET", "/url", nil) as? String ?? "" }

    func title() throws -> String { try command("GET", "/title", nil) as? String ?? "" }

    func source() throws -> String { try command("GET", "/source", nil) as? String ?? "" }

    /// The first element the CSS selector finds (an error when there is none).
    func element(_ selector: String) throws -> String {
        let found = try command("POST", "/element", ["using": "css selector", "value": selector])
        guard let reference = found as? [String: Any], let id = reference.values.first as? String else {
            throw Failure(description: "no element \(selector)")
        }
        return id
    }

    func elements(_ selector: String) throws -> [String] {
        let found = try command("POST", "/elements", ["using": "css selector", "value": selector])
        return (found as? [[String: Any]] ?? []).compactMap { $0.values.first as? String }
    }

    func type(_ selector: String, _ text: String) throws {
        let id = try element(selector)
        _ = try command("POST", "/element/\(id)/clear", [String: Any]())
        _ = try command("POST", "/element/\(id)/value", ["text": text])
    }

    /// Chooses a file in an `<input type=file>`: chromedriver reads it from this machine's path.
    func chooseFile(_ selector: String, _ path: String) throws {
        let id = try element(selector)
        _ = try command("POST", "/element/\(id)/value", ["text": path])
    }

    func click(_ selector: String) throws {
        let id = try element(selector)
        _ = try command("POST", "/element/\(id)/click", [String: Any]())
    }

    /// Clicks a button that submits a form, and waits (up to 30 s) until the next page is there:
    /// chromedriver may answer a click before the navigation it started has begun.
    func submit(_ selector: String) throws {
        let before = try element("html")
        try click(selector)
        for _ in 0..<300 {
            if let now = try? element("html"), now != before, (try? element("footer")) != nil { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "no new page after clicking \(selector)")
    }

    func text(_ selector: String) throws -> String {
        let id = try element(selector)
        return try command("GET", "/element/\(id)/text", nil) as? String ?? ""
    }

    /// A form field's current value (what the person sees in it).
    func value(_ selector: String) throws -> String {
        let id = try element(selector)
        return try command("GET", "/element/\(id)/property/value", nil) as? String ?? ""
    }

    /// The page as the browser shows it (the window's viewport), as PNG bytes.
    func screenshot() throws -> Data {
        guard let text = try command("GET", "/screenshot", nil) as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// A cookie as the browser holds it (HttpOnly ones too: WebDriver sees them, pages do not).
    func cookie(_ name: String) throws -> [String: Any] {
        try command("GET", "/cookie/\(name)", nil) as? [String: Any] ?? [:]
    }

    private func command(_ method: String, _ path: String, _ body: Any?) throws -> Any? {
        let answer = try Self.call(port, method, "/session/\(session)\(path)", body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(path): \(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    private static func call(_ port: Int, _ method: String, _ path: String, _ body: Any?) throws -> [String: Any] {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let reply = try LoopbackHTTP.request(
            port: port, method, path, headers: data == nil ? [] : [("Content-Type", "application/json")], body: data)
        return try JSONSerialization.jsonObject(with: reply.body) as? [String: Any] ?? [:]
    }
}

/// `galley serve` on a free loopback port, stopped (SIGTERM) when done.
final class DeskProcess {
    let process: RunningProgram
    /// `http://127.0.0.1:PORT` (no final slash).
    let url: String
    let port: Int
    let log: URL
    private let traced: Bool

    /// `tracedTo`: runs the desk under `strace -f -e CALLS`, writing the trace there (durability tests).
    init(_ newsroom: Newsroom, extraArguments: [String] = [], tracedTo trace: URL? = nil, calls: String = "") throws {
        log = newsroom.scratch.appendingPathComponent("serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let serve = ["--repo", newsroom.repo.path, "serve", "--listen", "127.0.0.1:0"] + extraArguments
        let process = try RunningProgram(
            trace == nil ? newsroom.galleyURL : URL(fileURLWithPath: "/usr/bin/strace"),
            trace.map { ["-f", "-qq", "-o", $0.path, "-e", calls, newsroom.galleyURL.path] + serve } ?? serve,
            in: newsroom.scratch, environment: newsroom.environment, output: .log(log))
        self.process = process
        traced = trace != nil
        let line = try Self.waitForLine(in: log, containing: "http://127.0.0.1:", process: process)
        guard let range = line.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
            process.send(SIGTERM)
            throw WebDriver.Failure(description: "serve said: \(line)")
        }
        url = String(line[range])
        port = Int(url.split(separator: ":").last ?? "") ?? 0
    }

    /// Stops the desk as Ctrl-C would; its exit status.
    @discardableResult
    func stop() -> Int32 {
        if traced {
            // strace blocks fatal signals while it writes to a file: the desk itself is told to stop.
            let pid = process.processIdentifier
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) { kill(child, SIGTERM) }
        } else {
            process.send(SIGTERM)
        }
        return (try? process.wait())?.status ?? -1
    }

    /// The first line of the file holding `text`, waiting up to 60 s for the process to write it.
    static func waitForLine(in file: URL, containing text: String, process: RunningProgram) throws -> String {
        for _ in 0..<600 {
            let contents = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if let line = contents.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            guard process.isRunning else { throw WebDriver.Failure(description: "exited \((try? process.wait())?.status ?? -1): \(contents)") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw WebDriver.Failure(description: "no '\(text)' in \(file.path) after 60 s")
    }
}
