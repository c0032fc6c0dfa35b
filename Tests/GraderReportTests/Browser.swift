import Foundation
import GraderTestSupport
import XCTest

/// Headless Chromium (Debian's `chromium`, driven by `scripts/browser.py` over the DevTools pipe)
/// opening pages a test wrote: what a person would see (`ReportTestCase.open`).
enum Browser {
    static let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/browser.py")

    struct Page: Decodable {
        struct Entry: Decodable {
            let level: String
            let source: String
            let text: String
        }

        struct Screenshot: Decodable {
            let width: Int
            let height: Int
            let colours: Int
            let nonWhite: Double

            enum CodingKeys: String, CodingKey {
                case width, height, colours, nonWhite = "non_white"
            }
        }

        let loaded: Bool
        let console: [Entry]
        let requests: [String]
        let eval: [String: JSONValue]
        let screenshot: Screenshot?
    }

    /// What an evaluation returned (numbers, strings, booleans, lists of strings).
    enum JSONValue: Decodable, Equatable {
        case number(Double), string(String), bool(Bool), strings([String]), other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([String].self) {
                self = .strings(value)
            } else {
                self = .other
            }
        }
    }

    static func chromium() throws -> String {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"], !path.isEmpty { return path }
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        if getuid() == 0 {
            XCTFail("chromium is missing although the tests run as root: scripts/setup --for-tests installs it")
        }
        throw XCTSkip(
            "no chromium: install it with `sudo apt-get install chromium` (scripts/setup --for-tests does as root)")
    }
}

extension ReportTestCase {
    func open(
        _ relativePath: String, noScript: Bool = false, screenshot: Bool = true, width: Int = 1280,
        evaluations: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line
    ) throws -> Browser.Page {
        let chromium = try Browser.chromium()
        var arguments = [Browser.driver.path, url(relativePath).path, "--width", String(width)]
        if noScript { arguments.append("--no-js") }
        if screenshot { arguments += ["--screenshot", scratch.url.appendingPathComponent("shot-\(UUID()).png").path] }
        for (name, expression) in evaluations.sorted(by: { $0.key < $1.key }) {
            arguments += ["--eval", "\(name)=\(expression)"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["CHROMIUM": chromium]) { $1 }
        let output = Pipe()
        let errors = scratch.url.appendingPathComponent("browser-\(UUID()).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            XCTFail("scripts/browser.py failed (\(process.terminationStatus)): \(stderr)", file: file, line: line)
            throw XCTSkip("the browser could not be driven")
        }
        return try JSONDecoder().decode(Browser.Page.self, from: data)
    }

    /// Loaded, no console error or warning, nothing requested but the page, a screenshot with
    /// content (many colours, a good share of non-white pixels).
    func assertLooksRight(_ page: Browser.Page, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(page.loaded, "\(name) did not load", file: file, line: line)
        let problems = page.console.filter { $0.level != "info" }
        XCTAssertEqual(problems.map { "\($0.source): \($0.text)" }, [], "\(name): console", file: file, line: line)
        XCTAssertEqual(page.requests.count, 1, "\(name) requested \(page.requests)", file: file, line: line)
        XCTAssertTrue(page.requests.allSatisfy { $0.hasPrefix("file://") }, "\(page.requests)", file: file, line: line)
        if let shot = page.screenshot {
            XCTAssertGreaterThan(
                shot.colours, 20, "\(name): a screenshot of few colours is blank", file: file, line: line)
            XCTAssertGreaterThan(shot.nonWhite, 0.05, "\(name): a mostly white screenshot", file: file, line: line)
        } else {
            XCTFail("\(name): no screenshot", file: file, line: line)
        }
    }
}
