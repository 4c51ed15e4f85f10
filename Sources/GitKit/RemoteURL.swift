import Foundation

/// Remote URLs as people see them in messages and reports.
public enum RemoteURL {
    /// `url` without a password written into it (`https://user:secret@host/…` → `https://user@host/…`),
    /// so no message, report or log shows one; other URLs, paths and `host:path` unchanged.
    public static func redacted(_ url: String) -> String {
        guard url.contains("://"), var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = nil
        return components.string ?? url
    }
}
