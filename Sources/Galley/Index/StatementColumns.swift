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

    /// Steps `statement`, whose one parameter is `rowid`, and gives `read` its row; nil when there is
    /// none. Through SQLite's API directly: a GRDB cursor per lookup (a row object, the arguments
    /// validated and bound) cost more than the lookup itself, 20,000 times for a long search.
    static func row<T>(of statement: Statement, rowid: Int64, _ read: (StatementColumns) -> T?) throws -> T? {
        let handle = statement.sqliteStatement
        try check(sqlite3_reset(handle))
        try check(sqlite3_bind_int64(handle, 1, rowid))
        let code = sqlite3_step(handle)
        guard code == SQLITE_ROW || code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        let value = code == SQLITE_ROW ? read(StatementColumns(statement)) : nil
        try check(sqlite3_reset(handle))
        return value
    }

    private static func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_NULL
    }

    /// The column as text; nil for NULL. The type is asked only when SQLite gives no text (NULL,
    /// or no memory to convert a number): asking it first for every column was ~2% of a listing.
    func text(_ index: Int32) -> String? {
        if let bytes = sqlite3_column_text(statement, index) { return String(cString: bytes) }
        guard !isNull(index), let bytes = sqlite3_column_text(statement, index) else { return nil }
        return String(cString: bytes)
    }

    /// The column as text; "" for NULL (a NOT NULL column of a foreign file).
    func requiredText(_ index: Int32) -> String {
        text(index) ?? ""
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
