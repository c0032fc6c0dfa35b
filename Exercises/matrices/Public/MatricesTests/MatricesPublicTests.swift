import XCTest
@testable import Matrices

final class MatricesPublicTests: XCTestCase {
    func testTransposeOfASquare() {
        XCTAssertEqual(transpose([[1, 2], [3, 4]]), [[1, 3], [2, 4]], "transposing swaps rows and columns")
    }

    func testMultiplyTwoSquares() {
        XCTAssertEqual(multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[19, 22], [43, 50]], "each entry is a row of the first matrix times a column of the second")
    }

    func testDimensionsOfThreeByOne() {
        let size = dimensions(of: [[1], [2], [3]])
        XCTAssertEqual(size?.rows, 3, "[[1], [2], [3]] has 3 rows")
        XCTAssertEqual(size?.columns, 1, "[[1], [2], [3]] has 1 column")
    }
}
