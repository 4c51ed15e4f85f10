import Foundation

/// Variables of the process's environment, read one by one with `getenv`.
/// `ProcessInfo.processInfo.environment` builds a dictionary of every variable each time it
/// is asked: about 0.4M instructions, which a bare step paid three times (issue 15).
enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The set ones among `names`, for code that takes an environment as a dictionary (tests give their own).
    static func subset(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names { found[name] = value(name) }
        return found
    }
}
