/// A small strict reader for the ISO 8601 subset Galley writes and accepts.
/// Hand-written instead of ISO8601DateFormatter so the offset survives (the formatter returns a bare Date)
/// and no locale or formatter option can change what is accepted.
struct ISO8601Text {
    var fields: Timestamp.Fields
    /// nil when the text has no offset (local time).
    var offset: Int?

    /// `YYYY-MM-DD(T| )HH:MM[:SS[.fraction]][Z|±hh:mm|±hhmm]`.
    init?(_ text: String) {
        var reader = ScalarReader(text)
        guard let day = reader.day() else { return nil }
        guard let separator = reader.next(), separator == "T" || separator == "t" || separator == " " else { return nil }
        guard let hour = reader.number(2), reader.take(":"), let minute = reader.number(2) else { return nil }
        var second = 0
        if reader.take(":") {
            guard let value = reader.number(2) else { return nil }
            second = value
            if reader.take(".") || reader.take(",") {
                guard reader.digits() > 0 else { return nil }
            }
        }
        fields = Timestamp.Fields(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        if reader.isAtEnd {
            offset = nil
            return
        }
        if reader.take("Z") || reader.take("z") {
            offset = 0
        } else {
            guard let sign = reader.next(), sign == "+" || sign == "-" else { return nil }
            guard let hours = reader.number(2) else { return nil }
            _ = reader.take(":")
            guard let minutes = reader.number(2), hours <= 23, minutes <= 59 else { return nil }
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        guard reader.isAtEnd else { return nil }
    }

    /// A bare `YYYY-MM-DD`.
    static func day(_ text: String) -> Timestamp.Fields? {
        var reader = ScalarReader(text)
        guard let day = reader.day(), reader.isAtEnd else { return nil }
        return day
    }
}

/// Cursor over ASCII scalars for the date readers.
struct ScalarReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var isAtEnd: Bool { index == scalars.count }

    mutating func next() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        defer { index += 1 }
        return scalars[index]
    }

    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    /// Exactly `count` ASCII digits.
    mutating func number(_ count: Int) -> Int? {
        guard index + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + count] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += count
        return value
    }

    /// Skips a run of digits and says how many there were.
    mutating func digits() -> Int {
        let start = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index - start
    }

    mutating func day() -> Timestamp.Fields? {
        guard let year = number(4), take("-"), let month = number(2), take("-"), let day = number(2) else { return nil }
        return Timestamp.Fields(year: year, month: month, day: day)
    }
}
