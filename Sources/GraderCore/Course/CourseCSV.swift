import CSV

/// The one way a course's CSV files (the roster, `extensions.csv`) are opened: a header row,
/// fields trimmed, header names lowercased; a file that is not CSV is a `ConfigError` at line 1.
enum CourseCSV {
    static func open(_ text: String, file: String) throws(ConfigError) -> (reader: CSVReader, header: [String]) {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw ConfigError(file: file, line: 1, problem: "not a CSV file: \(error)")
        }
        return (reader, (reader.headerRow ?? []).map { $0.lowercased() })
    }
}
