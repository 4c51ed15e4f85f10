import Foundation
import Galley
import Synchronization
import Testing

@testable import GalleyDesk

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    func read() -> Date { now.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
}

@Suite("Sessions, throttling and form tokens")
struct SessionTests {
    @Test func sessionsExpireWhenIdleAndAfterTheirLifetime() async {
        let clock = TestClock()
        let sessions = Sessions(clock: { clock.read() })
        let (token, started) = await sessions.start(for: "thanhphu")
        #expect(await sessions.session(token)?.person == "thanhphu")
        #expect(await sessions.session(token)?.formToken == started.formToken)
        #expect(await sessions.session("another") == nil)
        clock.advance(Sessions.idleLimit - 60)
        #expect(await sessions.session(token) != nil, "in use: not idle")
        clock.advance(Sessions.idleLimit + 1)
        #expect(await sessions.session(token) == nil, "idle too long")
        let (second, _) = await sessions.start(for: "hangoc")
        for _ in 0..<Int(Sessions.lifetime / (Sessions.idleLimit / 2)) {
            clock.advance(Sessions.idleLimit / 2)
            _ = await sessions.session(second)
        }
        #expect(await sessions.session(second) == nil, "at most its lifetime, however busy")
        let (third, _) = await sessions.start(for: "tbt")
        await sessions.end(third)
        #expect(await sessions.session(third) == nil, "signed out")
    }

    @Test func failedSignInsAreThrottledPerPersonAndPerAddress() async {
        let clock = TestClock()
        let throttle = SignInThrottle(clock: { clock.read() })
        for _ in 0..<SignInThrottle.allowed {
            #expect(await throttle.wait(person: "thanhphu", address: "10.0.0.1") == nil)
            await throttle.failed(person: "thanhphu", address: "10.0.0.1")
        }
        let wait = await throttle.wait(person: "thanhphu", address: "10.0.0.2")
        #expect(wait != nil && (wait ?? 0) <= Int(SignInThrottle.window), "the person, from another address")
        #expect(await throttle.wait(person: "hangoc", address: "10.0.0.1") != nil, "the address, for another person")
        #expect(await throttle.wait(person: "hangoc", address: "10.0.0.3") == nil)
        clock.advance(SignInThrottle.window + 1)
        #expect(await throttle.wait(person: "thanhphu", address: "10.0.0.1") == nil, "failures age out")
    }

    @Test func oldFailuresDoNotPileUp() async {
        let clock = TestClock()
        let throttle = SignInThrottle(clock: { clock.read() })
        for index in 0..<(SignInThrottle.sweepAbove / 2) { await throttle.failed(person: "p\(index)", address: "a\(index)") }
        clock.advance(SignInThrottle.window + 1)
        for index in 0..<10 { await throttle.failed(person: "q\(index)", address: "b\(index)") }
        let keys = await throttle.keys
        #expect(keys == 20, "only the recent failures' keys are kept: \(keys)")
    }

    @Test func tokensAreRandomAndComparedWhole() {
        let one = Token.make()
        #expect(one.count == 64 && Token.make() != one)
        #expect(Token.same(one, one))
        #expect(!Token.same(one, String(one.dropLast())) && !Token.same("", ""))
    }

    @Test func formFieldsDecodeAsBrowsersSendThem() {
        let form = FormFields("title=C%E1%BA%A7u+%C4%90%C3%B4ng&body=a%0D%0Ab&csrf=x&csrf=y&empty=")
        #expect(form["title"] == "Cầu Đông")
        #expect(form.text("body") == "a\nb")
        #expect(form["csrf"] == "x")
        #expect(form["empty"] == "" && form["missing"] == nil)
    }

    @Test func listenAddresses() {
        #expect(DeskConfiguration.listenAddress("127.0.0.1:8080")! == ("127.0.0.1", 8080))
        #expect(DeskConfiguration.listenAddress("[::1]:0")! == ("::1", 0))
        #expect(DeskConfiguration.listenAddress(":9000")! == ("127.0.0.1", 9000))
        #expect(DeskConfiguration.listenAddress("localhost") == nil)
        #expect(DeskConfiguration.listenAddress("127.0.0.1:70000") == nil)
    }
}
