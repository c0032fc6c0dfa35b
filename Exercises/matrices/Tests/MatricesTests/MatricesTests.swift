import XCTest
@testable import Matrices

final class ShapeTests: XCTestCase {
    func testDimensionsOfRectangularMatrices() {
        let twoByThree = dimensions(of: [[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(twoByThree?.rows, 2, "[[1, 2, 3], [4, 5, 6]] has 2 rows")
        XCTAssertEqual(twoByThree?.columns, 3, "[[1, 2, 3], [4, 5, 6]] has 3 columns")
        let single = dimensions(of: [[7]])
        XCTAssertEqual(single?.rows, 1, "[[7]] has 1 row")
        XCTAssertEqual(single?.columns, 1, "[[7]] has 1 column")
        let empty = dimensions(of: [])
        XCTAssertEqual(empty?.rows, 0, "[] is a valid matrix with 0 rows")
        XCTAssertEqual(empty?.columns, 0, "[] is a valid matrix with 0 columns")
        let noColumns = dimensions(of: [[], []])
        XCTAssertEqual(noColumns?.rows, 2, "[[], []] has 2 (empty) rows")
        XCTAssertEqual(noColumns?.columns, 0, "[[], []] has 0 columns")
    }

    func testDimensionsOfRaggedMatrixIsNil() {
        XCTAssertNil(dimensions(of: [[1, 2], [3]]), "rows of lengths 2 and 1 do not form a matrix: expected nil")
        XCTAssertNil(dimensions(of: [[1], [2, 3]]), "a ragged matrix is invalid even when the first row is the short one")
        XCTAssertNil(dimensions(of: [[1, 2], [3, 4], []]), "a ragged matrix is invalid even when only the last row differs")
    }

    func testIdentityOfSeveralSizes() {
        XCTAssertEqual(identity(size: 3), [[1, 0, 0], [0, 1, 0], [0, 0, 1]], "the 3 × 3 identity has 1s on the main diagonal and 0s elsewhere")
        XCTAssertEqual(identity(size: 1), [[1]], "the 1 × 1 identity is [[1]]")
        XCTAssertEqual(identity(size: 0), [], "the 0 × 0 identity is []")
        XCTAssertEqual(identity(size: -2), [], "a negative size gives [] instead of crashing")
    }

    func testMainDiagonalOnlyForSquareMatrices() {
        XCTAssertEqual(mainDiagonal(of: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [1, 5, 9], "the main diagonal runs from the top-left to the bottom-right corner")
        XCTAssertEqual(mainDiagonal(of: [[4]]), [4], "a 1 × 1 matrix is its own diagonal")
        XCTAssertEqual(mainDiagonal(of: []), [], "the empty matrix is square, with an empty diagonal")
        XCTAssertNil(mainDiagonal(of: [[1, 2, 3], [4, 5, 6]]), "a 2 × 3 matrix is not square: expected nil")
        XCTAssertNil(mainDiagonal(of: [[1, 2], [3]]), "a ragged matrix is not square: expected nil")
    }
}

final class TransposeTests: XCTestCase {
    func testTransposeSwapsRowsAndColumns() {
        XCTAssertEqual(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 4], [2, 5], [3, 6]], "a 2 × 3 matrix transposes to 3 × 2: the first row becomes the first column")
        XCTAssertEqual(transpose([[1, 2, 3]]), [[1], [2], [3]], "a single row becomes a single column")
        XCTAssertEqual(transpose([[1], [2], [3]]), [[1, 2, 3]], "a single column becomes a single row")
        let square = [[1, 2], [3, 4]]
        XCTAssertEqual(transpose(square).flatMap(transpose), square, "transposing twice gives back the original matrix")
    }

    func testTransposeOfEmptyAndRaggedMatrices() {
        XCTAssertEqual(transpose([]), [], "the empty matrix transposes to itself")
        XCTAssertEqual(transpose([[], []]), [], "a matrix with no columns transposes to []")
        XCTAssertNil(transpose([[1, 2], [3]]), "a ragged matrix cannot be transposed: expected nil instead of a crash")
    }
}

final class MultiplyTests: XCTestCase {
    func testMultiplyTwoByThreeByThreeByTwo() {
        let a = [[1, 2, 3], [4, 5, 6]]
        let b = [[7, 8], [9, 10], [11, 12]]
        XCTAssertEqual(multiply(a, b), [[58, 64], [139, 154]], "a 2 × 3 times a 3 × 2 matrix gives a 2 × 2 matrix of row-by-column sums")
        XCTAssertEqual(multiply(b, a), [[39, 54, 69], [49, 68, 87], [59, 82, 105]], "b × a is a 3 × 3 matrix: matrix multiplication is not commutative")
        XCTAssertEqual(multiply([[1, 2, 3]], [[4], [5], [6]]), [[32]], "a row times a column gives a 1 × 1 matrix")
        XCTAssertEqual(multiply([[-1, 0], [2, -3]], [[4, -5], [6, 7]]), [[-4, 5], [-10, -31]], "negative entries multiply like any others")
    }

    func testMultiplyByIdentityGivesTheSameMatrix() {
        let m = [[2, -1, 0], [5, 3, 8]]
        XCTAssertEqual(multiply(m, identity(size: 3)), m, "multiplying on the right by the identity changes nothing")
        XCTAssertEqual(multiply(identity(size: 2), m), m, "multiplying on the left by the identity changes nothing")
    }

    func testMultiplyRejectsMismatchedRaggedOrEmptyMatrices() {
        XCTAssertNil(multiply([[1, 2]], [[1, 2]]), "a 1 × 2 matrix cannot multiply a 1 × 2 matrix (2 columns vs 1 row): expected nil")
        XCTAssertNil(multiply([[1, 2], [3]], [[1], [2]]), "a ragged left matrix: expected nil instead of a crash")
        XCTAssertNil(multiply([[1, 2]], [[1], [2, 3]]), "a ragged right matrix: expected nil instead of a crash")
        XCTAssertNil(multiply([], []), "empty matrices cannot be multiplied: expected nil")
        XCTAssertNil(multiply([[], []], []), "a matrix with no columns cannot be multiplied: expected nil")
    }
}

final class SliceAndModifyTests: XCTestCase {
    func testSubmatrixSlicesRowsAndColumns() {
        let m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
        XCTAssertEqual(submatrix(of: m, rows: 1..<3, columns: 1..<3), [[6, 7], [10, 11]], "rows 1 and 2, columns 1 and 2 (upper bounds excluded, as in Python slices)")
        XCTAssertEqual(submatrix(of: m, rows: 0..<1, columns: 0..<4), [[1, 2, 3, 4]], "the whole first row")
        XCTAssertEqual(submatrix(of: m, rows: 0..<3, columns: 3..<4), [[4], [8], [12]], "the whole last column, one element per row")
        XCTAssertEqual(submatrix(of: m, rows: 2..<2, columns: 0..<2), [], "an empty row range selects no rows")
    }

    func testSubmatrixOutsideTheMatrixIsNil() {
        let m = [[1, 2], [3, 4]]
        XCTAssertNil(submatrix(of: m, rows: 0..<3, columns: 0..<2), "rows 0..<3 reach past the last row: expected nil instead of a crash")
        XCTAssertNil(submatrix(of: m, rows: 0..<2, columns: 1..<3), "columns 1..<3 reach past the last column: expected nil instead of a crash")
        XCTAssertNil(submatrix(of: m, rows: -1..<1, columns: 0..<1), "negative indices do not count from the end in Swift: expected nil")
        XCTAssertNil(submatrix(of: [[1, 2], [3]], rows: 0..<2, columns: 0..<1), "a ragged matrix cannot be sliced: expected nil")
    }

    func testReplaceNegativesModifiesInPlaceAndCounts() {
        var m = [[1, -2, 3], [-4, -5, 6]]
        XCTAssertEqual(replaceNegatives(in: &m, with: 0), 3, "three elements are negative and should be counted")
        XCTAssertEqual(m, [[1, 0, 3], [0, 0, 6]], "every negative element should be replaced in place, the others left alone")
        XCTAssertEqual(replaceNegatives(in: &m, with: 0), 0, "after the first pass, nothing is negative any more")
        var ragged = [[-1], [], [2, -3, -3]]
        XCTAssertEqual(replaceNegatives(in: &ragged, with: 9), 3, "ragged rows are fine here: every negative element counts")
        XCTAssertEqual(ragged, [[9], [], [2, 9, 9]], "ragged rows keep their lengths")
    }
}
