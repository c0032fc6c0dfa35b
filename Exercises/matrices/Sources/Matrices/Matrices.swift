// Matrices — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// A matrix is a list of rows: `[[1, 2, 3], [4, 5, 6]]` has 2 rows and 3 columns.
/// A "ragged" array, whose rows have different lengths, is not a valid matrix.
typealias Matrix = [[Int]]

/// The number of rows and columns, or nil when the rows have different lengths.
/// `[]` is (0, 0); `[[], []]` is (2, 0).
func dimensions(of matrix: Matrix) -> (rows: Int, columns: Int)? {
    fatalError("TODO: dimensions")
}

/// Rows become columns: an m × n matrix becomes n × m. nil for a ragged matrix.
/// A matrix with no columns transposes to `[]`.
func transpose(_ matrix: Matrix) -> Matrix? {
    fatalError("TODO: transpose")
}

/// The matrix product `a × b`, or nil when either matrix is ragged or empty (no rows or no
/// columns), or when `a`'s column count differs from `b`'s row count.
func multiply(_ a: Matrix, _ b: Matrix) -> Matrix? {
    fatalError("TODO: multiply")
}

/// The n × n identity matrix (1 on the main diagonal, 0 elsewhere). `[]` when n <= 0.
func identity(size n: Int) -> Matrix {
    fatalError("TODO: identity")
}

/// The main diagonal (top-left to bottom-right) of a square matrix, or nil when the matrix is
/// not square. The diagonal of `[]` is `[]`.
func mainDiagonal(of matrix: Matrix) -> [Int]? {
    fatalError("TODO: mainDiagonal")
}

/// Python's `[row[c0:c1] for row in matrix[r0:r1]]`, or nil when the matrix is ragged or a
/// range reaches outside the matrix.
func submatrix(of matrix: Matrix, rows: Range<Int>, columns: Range<Int>) -> Matrix? {
    fatalError("TODO: submatrix")
}

/// Replaces every negative element of `matrix` (ragged or not) by `value`, in place, and
/// returns how many elements were replaced.
func replaceNegatives(in matrix: inout Matrix, with value: Int) -> Int {
    fatalError("TODO: replaceNegatives")
}
