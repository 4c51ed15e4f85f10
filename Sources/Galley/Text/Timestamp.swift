import Foundation

/// A moment with the UTC offset it was written in: front matter and JSON show local newsroom time with its offset.
///
/// `==` compares instant and offset (so a round trip must keep the offset); `<` orders by instant and,
/// for the same instant written in two offsets, by offset, which keeps `<` consistent with `==`.
public struct Timestamp: Sendable, Equatable, Hashable, Comparable {
    /// Whole seconds: sub-second precision is not shown anywhere and would break equality after a round trip.
    public var date: Date
    public var offsetSeconds: Int

    public init(date: Date, offsetSeconds: Int) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.offsetSeconds = offsetSeconds
    }

    /// Offset of that zone at that instant (daylight saving included).
    public init(date: Date, timeZone: TimeZone) {
        self.init(date: date, offsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return lhs.offsetSeconds < rhs.offsetSeconds
    }

    /// The wall clock at the timestamp's own offset, by day arithmetic (the calendar only before
    /// 1583, where Foundation's Gregorian calendar is Julian): `iso8601` and the Vietnamese time
    /// of a listing row read it, and a calendar per row was a tenth of a 20,000-row listing.
    var wallClock: Fields {
        let seconds = Int(date.timeIntervalSince1970) + offsetSeconds
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let rest = seconds - days * 86400
        return year > 1582 ? Fields(year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60) : local
    }

    /// "2019-09-11T18:11:27+07:00" (offset 0 → "+00:00").
    public var iso8601: String {
        var text: [UInt8] = []
        text.reserveCapacity(25)
        appendISO8601(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// `iso8601` appended as bytes: a JSON listing writes three of these a row, and interpolating
    /// a dozen padded pieces was a fifteenth of it, a `String` a row more (issue 15).
    public func appendISO8601<Out: ByteOutput>(to text: inout Out) {
        let c = wallClock
        let minutes = abs(offsetSeconds) / 60
        // Every time of four-digit years and offsets under 100 hours: the 25 bytes written in
        // place and appended once (a generic append and a division a digit were ~1,300
        // instructions a time, three times a row of a JSON listing).
        if (0...9999).contains(c.year), minutes < 100 * 60 {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 25) { buffer in
                func put(_ value: Int, at position: Int, then separator: Unicode.Scalar?) {
                    buffer[position] = 0x30 + UInt8(value / 10)
                    buffer[position + 1] = 0x30 + UInt8(value % 10)
                    if let separator { buffer[position + 2] = UInt8(ascii: separator) }
                }
                put(c.year / 100, at: 0, then: nil)
                put(c.year % 100, at: 2, then: "-")
                put(c.month, at: 5, then: "-")
                put(c.day, at: 8, then: "T")
                put(c.hour, at: 11, then: ":")
                put(c.minute, at: 14, then: ":")
                put(c.second, at: 17, then: offsetSeconds < 0 ? "-" : "+")
                put(minutes / 60, at: 20, then: ":")
                put(minutes % 60, at: 23, then: nil)
                text.append(bytes: UnsafeBufferPointer(buffer))
            }
            return
        }
        func field(_ separator: Unicode.Scalar, _ value: Int) {
            text.append(UInt8(ascii: separator))
            appendPadded(value, 2, to: &text)
        }
        appendPadded(c.year, 4, to: &text)
        field("-", c.month)
        field("-", c.day)
        field("T", c.hour)
        field(":", c.minute)
        field(":", c.second)
        field(offsetSeconds < 0 ? "-" : "+", minutes / 60)
        field(":", minutes % 60)
    }

    /// Accepts ±hh:mm, ±hhmm, Z, optional fractional seconds (dropped); `T` or a space between date and time.
    public init?(iso8601: String) {
        guard let parsed = ISO8601Text(iso8601), let offset = parsed.offset,
            let date = Timestamp.instant(parsed.fields, offsetSeconds: offset)
        else { return nil }
        self.init(date: date, offsetSeconds: offset)
    }

    /// For --since/--until: "2019-09-11" = local midnight of that day in `timeZone` (endOfDay: true → the last second of the day), or a full ISO 8601 time.
    /// A date and time without an offset ("2019-09-11T08:00") is read as local time in `timeZone`.
    public static func parseBound(_ text: String, timeZone: TimeZone, endOfDay: Bool) -> Timestamp? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = ISO8601Text.day(trimmed) {
            guard let start = localInstant(day, in: timeZone) else { return nil }
            if !endOfDay { return Timestamp(date: start, timeZone: timeZone) }
            guard let nextStart = calendar(timeZone).date(byAdding: .day, value: 1, to: start) else { return nil }
            let last = nextStart.addingTimeInterval(-1)
            return Timestamp(date: last, timeZone: timeZone)
        }
        guard let parsed = ISO8601Text(trimmed) else { return nil }
        if let offset = parsed.offset {
            guard let date = instant(parsed.fields, offsetSeconds: offset) else { return nil }
            return Timestamp(date: date, offsetSeconds: offset)
        }
        guard let date = localInstant(parsed.fields, in: timeZone) else { return nil }
        return Timestamp(date: date, timeZone: timeZone)
    }

    /// "2019/09/11" — the local calendar date at its own offset (for articles/YYYY/MM/DD/).
    public var dayPath: String {
        let c = local
        return "\(pad(c.year, 4))/\(pad(c.month, 2))/\(pad(c.day, 2))"
    }

    // MARK: - Calendar arithmetic

    /// Wall-clock fields; plain integers so the formatting never depends on a locale.
    struct Fields: Equatable {
        var year: Int, month: Int, day: Int
        var hour = 0, minute = 0, second = 0
    }

    /// The wall clock at `offsetSeconds`: shifting the instant by the offset and reading it in GMT
    /// is exactly a Gregorian calendar in a fixed-offset zone, without an optional `TimeZone(secondsFromGMT:)`.
    var local: Fields {
        let shifted = date.addingTimeInterval(TimeInterval(offsetSeconds))
        let c = Timestamp.calendar(.gmt).dateComponents([.year, .month, .day, .hour, .minute, .second], from: shifted)
        return Fields(
            year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0,
            hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The instant of wall-clock `fields` at a fixed offset; nil for impossible dates (31 April, hour 24).
    /// By day arithmetic, as `wallClock` reads it back (the calendar only before 1583): every
    /// front matter time is read through here, and the calendar's first use was 2.2M of the
    /// 48M instructions of a bare approve (issue 15).
    static func instant(_ fields: Fields, offsetSeconds: Int) -> Date? {
        guard fields.year > 1582 else {
            guard let wall = validDate(fields, in: .gmt) else { return nil }
            return wall.addingTimeInterval(-TimeInterval(offsetSeconds))
        }
        guard (1...12).contains(fields.month), (1...daysIn(month: fields.month, of: fields.year)).contains(fields.day),
            (0...23).contains(fields.hour), (0...59).contains(fields.minute), (0...59).contains(fields.second)
        else { return nil }
        let days = daysSinceEpoch(year: fields.year, month: fields.month, day: fields.day)
        let seconds = days * 86400 + fields.hour * 3600 + fields.minute * 60 + fields.second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the inverse of `wallClock`'s steps).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The instant of wall-clock `fields` in a named zone (daylight saving decided by the calendar).
    static func localInstant(_ fields: Fields, in timeZone: TimeZone) -> Date? {
        validDate(fields, in: timeZone)
    }

    /// Calendar.date(from:) rolls 30 February into March; reading the fields back catches that.
    private static func validDate(_ fields: Fields, in timeZone: TimeZone) -> Date? {
        guard (1...12).contains(fields.month), (1...31).contains(fields.day), (0...23).contains(fields.hour),
            (0...59).contains(fields.minute), (0...59).contains(fields.second)
        else { return nil }
        let cal = calendar(timeZone)
        let components = DateComponents(
            year: fields.year, month: fields.month, day: fields.day,
            hour: fields.hour, minute: fields.minute, second: fields.second)
        guard let date = cal.date(from: components) else { return nil }
        let back = cal.dateComponents([.year, .month, .day], from: date)
        guard back.year == fields.year, back.month == fields.month, back.day == fields.day else { return nil }
        return date
    }
}

/// `pad(value, width)` appended as ASCII bytes.
private func appendPadded<Out: ByteOutput>(_ value: Int, _ width: Int, to text: inout Out) {
    if value < 0 { text.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var count = 1
    var scale: UInt = 1
    while magnitude / scale >= 10 {
        scale *= 10
        count += 1
    }
    for _ in 0..<max(0, width - count) { text.append(UInt8(ascii: "0")) }
    while scale > 0 {
        text.append(UInt8(ascii: "0") + UInt8(magnitude / scale % 10))
        scale /= 10
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}
