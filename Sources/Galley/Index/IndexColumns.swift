import Foundation

/// How the index stores the parts of an article's front matter that are not
/// one plain value: lists of strings and timestamps. Both decode without a
/// YAML parser or Foundation's calendar, so a listing of thousands of rows
/// costs a few microseconds a row instead of a front matter parse each.
enum IndexColumns {
    /// Ends every item of a stored list. Galley never writes it (one-line fields
    /// refuse control characters); a value that holds it anyway makes the row
    /// keep its rendered front matter instead (`isExact`).
    static let terminator: UInt8 = 0x1F

    /// Each item followed by U+001F: `[]` is "", `[""]` is "\u{1F}".
    static func list(_ items: [String]) -> String {
        var text = ""
        for item in items {
            text += item
            text.unicodeScalars.append("\u{1F}")
        }
        return text
    }

    /// The items of a stored `list(_:)`. Over the contiguous bytes: walking the `UTF8View` by
    /// index was ~3,000 instructions a row of a listing, for its tags and approvals.
    static func items(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var items: [String] = []
            // Counted first: growing the array as it filled was ~2% of a listing.
            items.reserveCapacity(bytes.reduce(0) { $0 + ($1 == terminator ? 1 : 0) })
            var start = 0
            for index in bytes.indices where bytes[index] == terminator {
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            return items
        }
    }

    /// Corrections as a list of time, actor and note; nil when there are none.
    static func corrections(_ corrections: [Correction]) -> String? {
        corrections.isEmpty ? nil : list(corrections.flatMap { [$0.time.iso8601, $0.actor, $0.note] })
    }

    static func corrections(_ text: String?) -> [Correction]? {
        guard let text else { return [] }
        let items = items(text)
        guard items.count % 3 == 0 else { return nil }
        var corrections: [Correction] = []
        corrections.reserveCapacity(items.count / 3)
        for start in stride(from: 0, to: items.count, by: 3) {
            guard let time = timestamp(items[start]) else { return nil }
            corrections.append(Correction(time: time, actor: items[start + 1], note: items[start + 2]))
        }
        return corrections
    }

    /// Unknown keys as a list of key and verbatim YAML; nil when there are none.
    static func extra(_ fields: [ExtraField]) -> String? {
        fields.isEmpty ? nil : list(fields.flatMap { [$0.key, $0.yaml] })
    }

    static func extra(_ text: String?) -> [ExtraField]? {
        guard let text else { return [] }
        let items = items(text)
        guard items.count % 2 == 0 else { return nil }
        return stride(from: 0, to: items.count, by: 2).map { ExtraField(key: items[$0], yaml: items[$0 + 1]) }
    }

    /// Whether the columns hold `meta` exactly: SQLite text through GRDB ends at
    /// a NUL, and a list item must not hold the terminator. Only a hand-made
    /// commit (a `\u0000` escape in a quoted value) can fail this.
    static func isExact(_ meta: ArticleMeta) -> Bool {
        func plain(_ text: String) -> Bool { !text.utf8.contains(0) }
        func item(_ text: String) -> Bool { !text.utf8.contains { $0 == 0 || $0 == terminator } }
        // The page bundle's files and an assignment have no columns: such a row keeps its rendered front matter.
        return meta.resources.isEmpty && meta.assignee == nil && plain(meta.id) && plain(meta.title) && plain(meta.state) && plain(meta.author)
            && [meta.byline, meta.section, meta.summary, meta.source, meta.sourceURL].allSatisfy { $0.map(plain) ?? true }
            && meta.tags.allSatisfy(item) && meta.approvals.allSatisfy(item)
            && meta.corrections.allSatisfy { item($0.actor) && item($0.note) && $0.notice == nil }
            // Notices and retractions are rare: such a row keeps its front matter rather than more columns.
            && meta.retracted == nil
            && meta.extra.allSatisfy { item($0.key) && item($0.yaml) }
    }

    /// Reads `Timestamp.iso8601`'s own form ("2019-09-11T18:11:27+07:00") with
    /// integer arithmetic: `Timestamp(iso8601:)` asks Foundation's calendar
    /// twice, which cost more than the rest of a row. Anything else (another
    /// form, a year before the Gregorian reform, where Foundation's calendar is
    /// Julian) goes to `Timestamp(iso8601:)`.
    static func timestamp(_ text: String) -> Timestamp? {
        var contiguous = text
        return contiguous.withUTF8(fixedForm) ?? Timestamp(iso8601: text)
    }

    private static func fixedForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard bytes.count == 25, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x2B || bytes[19] == 0x2D, bytes[22] == 0x3A
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<start + count {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let offsetHours = number(20, 2),
            let offsetMinutes = number(23, 2),
            year > 1582, (1...12).contains(month), (1...daysIn(month, year)).contains(day),
            hour <= 23, minute <= 59, second <= 59, offsetHours <= 23, offsetMinutes <= 59
        else { return nil }
        let offset = (bytes[19] == 0x2D ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
        let local = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        return Timestamp(date: Date(timeIntervalSince1970: TimeInterval(local - offset)), offsetSeconds: offset)
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
