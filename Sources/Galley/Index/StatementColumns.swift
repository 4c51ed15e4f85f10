import GRDB
import GRDBSQLite

/// The current row of a stepping GRDB statement, read by column position
/// through SQLite's C API: a 20,000-row listing spent ~18% of its time in
/// GRDB's generic `row[...]` access (existential dispatch, retain/release,
/// throwing decoders) for values that are plain text and integers (issue 15).
/// Values read exactly as GRDB reads them (text up to its first NUL, booleans
/// as nonzero integers), so both give the same articles.
struct StatementColumns {
    private let statement: SQLiteStatement

    /// Valid while `statement` stands on a row (between a cursor's `next()` and the next step).
    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
    }

    /// Steps `statement` once with `arguments` and gives `read` its first row; nil when there is none.
    /// The cursor lives until `read` returns: its end resets the statement, and the row with it.
    static func first<T>(of statement: Statement, _ arguments: StatementArguments, _ read: (StatementColumns) -> T?) throws -> T? {
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        return try withExtendedLifetime(cursor) {
            guard try cursor.next() != nil else { return nil }
            return read(StatementColumns(statement))
        }
    }

    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_NULL
    }

    /// The column as text; nil for NULL.
    func text(_ index: Int32) -> String? {
        guard !isNull(index), let bytes = sqlite3_column_text(statement, index) else { return nil }
        return String(cString: bytes)
    }

    /// The column as text; "" for NULL (a NOT NULL column of a foreign file).
    func requiredText(_ index: Int32) -> String {
        text(index) ?? ""
    }

    /// The column's raw bytes (text as stored, past any NUL): what SQLite's BINARY collation compares.
    func bytes(_ index: Int32) -> [UInt8] {
        guard let start = sqlite3_column_blob(statement, index) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, index))
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(statement, index)
    }

    func bool(_ index: Int32) -> Bool {
        int64(index) != 0
    }

    /// The column as a real; nil for NULL (SQLite's NaN).
    func double(_ index: Int32) -> Double? {
        isNull(index) ? nil : sqlite3_column_double(statement, index)
    }
}
