import Foundation

/// Slows password guessing: after `allowed` failed sign-ins within `window`, for one person
/// or from one address, further attempts are refused until the oldest failure ages out —
/// without checking the password, so a guess in that time learns nothing.
actor SignInThrottle {
    static let allowed = 5
    static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = Date.init) { self.clock = clock }

    /// Seconds until `person` may try again from `address`, or nil when they may try now.
    func wait(person: String, address: String) -> Int? {
        let now = clock()
        let waits = [key(person: person), key(address: address)].compactMap { key -> TimeInterval? in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
            failures[key] = recent
            guard recent.count >= Self.allowed, let oldest = recent.first else { return nil }
            return Self.window - now.timeIntervalSince(oldest)
        }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }

    func failed(person: String, address: String) {
        let now = clock()
        failures[key(person: person), default: []].append(now)
        failures[key(address: address), default: []].append(now)
        // Guesses under ever new ids or addresses must not grow the table without end.
        if failures.count > Self.sweepAbove {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < Self.window } }
        }
    }

    /// Past this many keys, those whose failures have all aged out are dropped.
    static let sweepAbove = 10_000
    var keys: Int { failures.count }

    /// A good sign-in clears the person's count (not the address's: one right password
    /// between many guesses must not reset them).
    func succeeded(person: String) {
        failures[key(person: person)] = nil
    }

    private func key(person: String) -> String { "person:" + person }
    private func key(address: String) -> String { "address:" + address }
}
