import Foundation
import Testing

@testable import Galley

@Suite("Timestamp")
struct TimestampTests {
    @Test(
        "ISO 8601 round trips keep the offset",
        arguments: [
            "2019-09-11T18:11:27+07:00", "2019-09-11T18:11:27-05:30", "2019-09-11T18:11:27+00:00",
            "2000-02-29T00:00:00+14:00", "1999-12-31T23:59:59-12:00",
        ])
    func roundTrip(text: String) throws {
        let time = try #require(Timestamp(iso8601: text))
        #expect(time.iso8601 == text)
        #expect(Timestamp(iso8601: time.iso8601) == time)
    }

    @Test(
        "accepted spellings",
        arguments: [
            ("2019-09-11T11:11:27Z", "2019-09-11T11:11:27+00:00"),
            ("2019-09-11T18:11:27+0700", "2019-09-11T18:11:27+07:00"),
            ("2019-09-11T18:11:27.987+07:00", "2019-09-11T18:11:27+07:00"),
            ("2019-09-11 18:11:27+07:00", "2019-09-11T18:11:27+07:00"),
            ("2019-09-11T12:41:27.5-05:30", "2019-09-11T12:41:27-05:30"),
        ])
    func spellings(input: String, expected: String) throws {
        #expect(try #require(Timestamp(iso8601: input)).iso8601 == expected)
    }

    @Test(
        "refused text",
        arguments: [
            "", "garbage", "2019-09-11", "2019-09-11T18:11:27", "2019-02-30T00:00:00Z", "2019-13-01T00:00:00Z",
            "2019-09-11T24:00:00Z", "2019-09-11T18:61:00Z", "2019-09-11T18:11:27+07:00x", "2019-9-11T18:11:27Z",
            "2019-09-11T18:11:27+25:00", "2019-09-11T18:11:27.Z",
        ])
    func refused(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test("the instant is right, and offsets compare by instant")
    func instant() throws {
        let epoch = try #require(Timestamp(iso8601: "1970-01-01T07:00:00+07:00"))
        #expect(epoch.date == Date(timeIntervalSince1970: 0))
        #expect(epoch.offsetSeconds == 25200)
        let hanoi = try #require(Timestamp(iso8601: "2019-09-11T18:11:27+07:00"))
        let utc = try #require(Timestamp(iso8601: "2019-09-11T11:11:27Z"))
        let newYork = try #require(Timestamp(iso8601: "2019-09-11T07:11:28-04:00"))
        #expect(hanoi.date == utc.date)
        #expect(hanoi != utc)  // same instant, written differently
        #expect(utc < hanoi && hanoi < newYork)
        #expect([newYork, hanoi, utc].sorted() == [utc, hanoi, newYork])
    }

    @Test("dates are kept to whole seconds")
    func wholeSeconds() {
        let time = Timestamp(date: Date(timeIntervalSince1970: 1_568_200_287.75), offsetSeconds: 0)
        #expect(time.date == Date(timeIntervalSince1970: 1_568_200_287))
    }

    @Test("init with a time zone uses that zone's offset at that instant")
    func zoneOffset() throws {
        let saigon = Timestamp(date: Date(timeIntervalSince1970: 1_568_200_287), timeZone: TextFixtures.saigon)
        #expect(saigon.iso8601 == "2019-09-11T18:11:27+07:00")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(Timestamp(date: Date(timeIntervalSince1970: 1_562_000_000), timeZone: newYork).offsetSeconds == -4 * 3600)
        #expect(Timestamp(date: Date(timeIntervalSince1970: 1_547_000_000), timeZone: newYork).offsetSeconds == -5 * 3600)
    }

    @Test("parseBound: a day is local midnight, or its last second")
    func boundDay() throws {
        let start = try #require(Timestamp.parseBound("2019-09-11", timeZone: TextFixtures.saigon, endOfDay: false))
        #expect(start.iso8601 == "2019-09-11T00:00:00+07:00")
        let end = try #require(Timestamp.parseBound("2019-09-11", timeZone: TextFixtures.saigon, endOfDay: true))
        #expect(end.iso8601 == "2019-09-11T23:59:59+07:00")
        let monthEnd = try #require(Timestamp.parseBound("2020-02-29", timeZone: TextFixtures.saigon, endOfDay: true))
        #expect(monthEnd.iso8601 == "2020-02-29T23:59:59+07:00")
    }

    @Test("parseBound: a full time is taken as written; one without offset is local")
    func boundTime() throws {
        let full = try #require(Timestamp.parseBound("2019-09-11T18:11:27-05:30", timeZone: TextFixtures.saigon, endOfDay: true))
        #expect(full.iso8601 == "2019-09-11T18:11:27-05:30")
        let local = try #require(Timestamp.parseBound("2019-09-11T08:00", timeZone: TextFixtures.saigon, endOfDay: false))
        #expect(local.iso8601 == "2019-09-11T08:00:00+07:00")
        #expect(Timestamp.parseBound("11.09.2019", timeZone: TextFixtures.saigon, endOfDay: false) == nil)
        #expect(Timestamp.parseBound("2019-02-30", timeZone: TextFixtures.saigon, endOfDay: false) == nil)
    }

    @Test(
        "dayPath is the local date at the timestamp's own offset",
        arguments: [
            ("2019-09-11T23:30:00+07:00", "2019/09/11"),  // 16:30 UTC, same day
            ("2019-09-12T00:30:00+07:00", "2019/09/12"),  // still 11 September in UTC
            ("2019-09-11T22:00:00-05:00", "2019/09/11"),  // already 12 September in UTC
            ("2019-12-31T23:59:59+07:00", "2019/12/31"),
        ])
    func dayPath(text: String, expected: String) throws {
        #expect(try #require(Timestamp(iso8601: text)).dayPath == expected)
    }

    @Test("iso8601's day arithmetic agrees with the Gregorian calendar, over centuries and every offset")
    func iso8601AgreesWithTheCalendar() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let seconds = Int.random(in: -12_000_000_000...5_000_000_000, using: &generator)
            let offset = Int.random(in: -12 * 60...14 * 60, using: &generator) * 60
            let time = Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: offset)
            let c = time.local
            let sign = offset < 0 ? "-" : "+"
            func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
            let expected = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
                + "\(sign)\(pad(abs(offset) / 3600, 2)):\(pad(abs(offset) % 3600 / 60, 2))"
            #expect(time.iso8601 == expected, "\(seconds) \(offset)")
            #expect(Timestamp(iso8601: time.iso8601) == time || c.year <= 1582, "round trip \(time.iso8601)")
        }
    }

    /// The calendar's answer, read back to refuse what it rolls over (30 February → 2 March).
    static func calendarInstant(_ fields: Timestamp.Fields, offset: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let components = DateComponents(
            year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute, second: fields.second)
        guard (0...23).contains(fields.hour), (0...59).contains(fields.minute), (0...59).contains(fields.second),
            let date = calendar.date(from: components)
        else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == fields.year, back.month == fields.month, back.day == fields.day else { return nil }
        return date.addingTimeInterval(-TimeInterval(offset))
    }

    @Test(
        "a wall-clock time at an offset is the instant the calendar gives, and impossible days are refused",
        arguments: [
            (2000, 2, 29, true), (1900, 2, 29, false), (2100, 2, 29, false), (2024, 2, 29, true), (2023, 2, 29, false),
            (2026, 2, 30, false), (2026, 4, 31, false), (2026, 6, 31, false), (2026, 12, 31, true), (2026, 1, 0, false),
            (2026, 13, 1, false), (2026, 0, 10, false), (1583, 1, 1, true), (1600, 2, 29, true), (9999, 12, 31, true),
            (1970, 1, 1, true), (1969, 12, 31, true),
        ])
    func instantAgreesWithTheCalendar(year: Int, month: Int, day: Int, exists: Bool) throws {
        for (hour, minute, second) in [(0, 0, 0), (23, 59, 59), (12, 30, 5), (24, 0, 0), (10, 60, 0), (10, 0, 60)] {
            for offset in [0, 25_200, -18_000, 50_400, -43_200] {
                let fields = Timestamp.Fields(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
                let valid = exists && hour < 24 && minute < 60 && second < 60
                #expect(Timestamp.instant(fields, offsetSeconds: offset) == Self.calendarInstant(fields, offset: offset), "\(fields) \(offset)")
                #expect((Timestamp.instant(fields, offsetSeconds: offset) != nil) == valid, "\(fields)")
            }
        }
    }

    @Test("over centuries, every day's midnight and last second agree with the calendar")
    func instantAgreesOverCenturies() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let fields = Timestamp.Fields(
                year: Int.random(in: 1583...3000, using: &generator), month: Int.random(in: 1...12, using: &generator),
                day: Int.random(in: 1...31, using: &generator), hour: Int.random(in: 0...23, using: &generator),
                minute: Int.random(in: 0...59, using: &generator), second: Int.random(in: 0...59, using: &generator))
            let offset = Int.random(in: -12 * 60...14 * 60, using: &generator) * 60
            #expect(Timestamp.instant(fields, offsetSeconds: offset) == Self.calendarInstant(fields, offset: offset), "\(fields) \(offset)")
        }
    }
}
