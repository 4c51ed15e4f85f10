import Foundation
import Testing

@testable import Galley

/// `Timestamp.iso8601` writes its text as bytes (issue 15): it must be the text the interpolated
/// padding gave, for every year, offset and time of day, early years (the calendar path) included.
@Suite("timestamp text, written as bytes")
struct TimestampBytesTests {
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }

    /// The text before issue 15, from the fields a calendar gives.
    static func reference(_ time: Timestamp) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time.date.addingTimeInterval(TimeInterval(time.offsetSeconds)))
        let sign = time.offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(time.offsetSeconds) / 60
        return "\(pad(c.year ?? 0, 4))-\(pad(c.month ?? 0, 2))-\(pad(c.day ?? 0, 2))T\(pad(c.hour ?? 0, 2)):\(pad(c.minute ?? 0, 2)):\(pad(c.second ?? 0, 2))"
            + "\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }

    @Test(arguments: [-50_400, -34_200, -3_600, 0, 19_800, 25_200, 31_500, 50_400])
    func everySampledInstantIsWrittenAsBefore(offset: Int) {
        // From year 1600 to 9999 in uneven steps, so every field takes one- and two-digit values.
        var seconds = -11_676_096_000.0
        while seconds < 253_402_300_000 {
            let time = Timestamp(date: Date(timeIntervalSince1970: seconds), offsetSeconds: offset)
            if time.iso8601 != Self.reference(time) { Issue.record("\(seconds) \(offset): \(time.iso8601) ≠ \(Self.reference(time))") }
            seconds += 7_919_993.0
        }
        let vietnam = Timestamp(date: Date(timeIntervalSince1970: 1_568_200_287), offsetSeconds: offset)
        #expect(vietnam.iso8601.count == 25)
    }

    /// Past year 9999 and with offsets of 100 hours or more, the text is written piece by piece
    /// (the fast path takes four-digit years and two-digit offset hours only).
    @Test(arguments: [(400_000_000_000.0, 0), (253_402_300_800.0, 3_600), (1_568_200_287.0, 360_000), (1_568_200_287.0, -360_060)])
    func timesPastTheFastPathAreWrittenAsBefore(seconds: Double, offset: Int) {
        let time = Timestamp(date: Date(timeIntervalSince1970: seconds), offsetSeconds: offset)
        #expect(time.iso8601 == Self.reference(time))
    }

    @Test func aYearOfFewerDigitsIsPaddedToFour() throws {
        let early = try #require(Timestamp(iso8601: "0099-03-04T05:06:07+07:00"))
        #expect(early.iso8601 == "0099-03-04T05:06:07+07:00")
    }
}

/// `Catalog.time` in Vietnamese reads the timestamp's wall clock instead of a calendar (issue 15):
/// the same text as the calendar gave, for every sampled instant and whole-minute offset.
@Suite("Vietnamese listing time without a calendar")
struct VietnameseTimeTests {
    static func reference(_ time: Timestamp) -> String {
        guard let zone = TimeZone(secondsFromGMT: time.offsetSeconds) else { return time.iso8601 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time.date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(two(parts.hour)):\(two(parts.minute)) \(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0)"
    }

    @Test(arguments: [-64_800, -50_400, -34_200, 0, 19_800, 25_200, 25_201, 31_500, 64_800, 64_860])
    func everySampledInstantReadsAsTheCalendarSaid(offset: Int) {
        var seconds = -11_676_096_000.0
        while seconds < 253_402_300_000 {
            let time = Timestamp(date: Date(timeIntervalSince1970: seconds), offsetSeconds: offset)
            let shown = Catalog.time(time, in: .vi)
            if shown != Self.reference(time) { Issue.record("\(seconds) \(offset): \(shown) ≠ \(Self.reference(time))") }
            seconds += 6_143_777.0
        }
        let thaiBinh = Timestamp(date: Date(timeIntervalSince1970: 1_568_200_287), offsetSeconds: 25_200)
        #expect(Catalog.time(thaiBinh, in: .vi) == "18:11 11/09/2019")
    }
}
