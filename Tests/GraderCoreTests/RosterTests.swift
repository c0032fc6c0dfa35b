import Foundation
import GraderCore
import XCTest

final class RosterTests: XCTestCase {
    let base = URL(fileURLWithPath: "/course")

    func parse(_ text: String, template: String? = "https://github.com/acme/hw-{github_username}.git") throws -> Roster
    {
        try Roster.parse(text, file: "roster.csv", base: base, template: template)
    }

    func testGitHubClassroomExportWithTemplate() throws {
        let roster = try parse(
            """
            "identifier","github_username","github_id","name"
            "alice@example.edu","alice-gh","101","Alice A"
            "bob@example.edu","bobby","102","Bob B"

            """)
        XCTAssertEqual(roster.students.map(\.identifier), ["alice@example.edu", "bob@example.edu"])
        XCTAssertEqual(roster.students.first?.repository, "https://github.com/acme/hw-alice-gh.git")
        XCTAssertEqual(roster.students.first?.name, "Alice A")
        XCTAssertEqual(roster.problems, [])
    }

    func testRepositoryColumnWinsAndRelativePathsResolveAgainstTheRoster() throws {
        let roster = try parse("identifier,github_username,github_id,name,repository\ncarol,c,1,Carol,students/carol\n")
        XCTAssertEqual(roster.students.first?.repository, "/course/students/carol")
    }

    func testBlankAndMalformedRowsAreReportedNotGuessed() throws {
        let roster = try parse(
            """
            identifier,github_username,github_id,name
            alice,alice-gh,1,Alice
            ,,,
            bob,bob-gh
            ,nobody,3,No Id
            alice,again,4,Alice Again
            dave,dave-gh,5,Dave
            """)
        XCTAssertEqual(roster.students.map(\.identifier), ["alice", "dave"])
        XCTAssertEqual(roster.problems.count, 4, roster.problems.joined(separator: "\n"))
        XCTAssertTrue(roster.problems[0].contains("row 3: blank row"), roster.problems[0])
        XCTAssertTrue(roster.problems[1].contains("row 4: has 2 cells"), roster.problems[1])
        XCTAssertTrue(roster.problems[2].contains("row 5: no identifier"), roster.problems[2])
        XCTAssertTrue(roster.problems[3].contains("already used on row 2"), roster.problems[3])
    }

    func testRowWithoutUsernameIsNotYetAccepted() throws {
        let roster = try parse("identifier,github_username,github_id,name\nerin,,,Erin\n")
        XCTAssertNil(roster.students.first?.repository)
        XCTAssertTrue(roster.students.first?.unavailableReason?.hasPrefix("not yet accepted") == true)
    }

    func testMissingIdentifierColumnIsAnError() {
        XCTAssertThrowsError(try parse("name,email\nA,a@b\n")) { error in
            XCTAssertTrue("\(error)".contains("'identifier'"), "\(error)")
        }
    }

    func testIdentifierTemplate() throws {
        let roster = try parse("identifier,github_username,github_id,name\nx1,,,\n", template: "repos/{identifier}")
        XCTAssertEqual(roster.students.first?.repository, "/course/repos/x1")
    }

    func testCacheFolderNamesAreSafe() {
        let names = ["../../etc/passwd", ".hidden", "ann lee", "bob@uni.edu"].map {
            Student(identifier: $0, repository: nil).fileName
        }
        XCTAssertEqual(names.last, "bob@uni.edu")
        XCTAssertTrue(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") }, "\(names)")
        XCTAssertEqual(Set(names).count, names.count)
    }
}
