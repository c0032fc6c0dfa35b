// Matrices — reference solution.

/// A matrix is a list of rows. A ragged array (rows of different lengths) is not a valid matrix.
typealias Matrix = [[Int]]

/// The number of rows and columns, or nil when the rows have different lengths.
func dimensions(of matrix: Matrix) -> (rows: Int, columns: Int)? {
    let columns = matrix.first?.count ?? 0
    guard matrix.allSatisfy({ $0.count == columns }) else { return nil }
    return (matrix.count, columns)
}

/// Rows become columns. nil for a ragged matrix; no columns transposes to `[]`.
func transpose(_ matrix: Matrix) -> Matrix? {
    guard let (_, columns) = dimensions(of: matrix) else { return nil }
    return (0..<columns).map { column in
        matrix.map { row in row[column] }
    }
}

/// The matrix product `a × b`, or nil for ragged, empty or mismatched matrices.
func multiply(_ a: Matrix, _ b: Matrix) -> Matrix? {
    guard let (aRows, aColumns) = dimensions(of: a),
          let (bRows, bColumns) = dimensions(of: b),
          aRows > 0, aColumns > 0, bRows > 0, bColumns > 0,
          aColumns == bRows else {
        return nil
    }
    var product = Matrix(repeating: Array(repeating: 0, count: bColumns), count: aRows)
    for i in 0..<aRows {
        for j in 0..<bColumns {
            var sum = 0
            for k in 0..<aColumns {
                sum += a[i][k] * b[k][j]
            }
            product[i][j] = sum
        }
    }
    return product
}

/// The n × n identity matrix; `[]` when n <= 0.
func identity(size n: Int) -> Matrix {
    guard n > 0 else { return [] }
    return (0..<n).map { row in
        (0..<n).map { column in row == column ? 1 : 0 }
    }
}

/// The main diagonal of a square matrix, or nil when the matrix is not square.
func mainDiagonal(of matrix: Matrix) -> [Int]? {
    guard let (rows, columns) = dimensions(of: matrix), rows == columns else { return nil }
    return (0..<rows).map { matrix[$0][$0] }
}

/// Python's `[row[c0:c1] for row in matrix[r0:r1]]`, or nil when ragged or out of bounds.
func submatrix(of matrix: Matrix, rows: Range<Int>, columns: Range<Int>) -> Matrix? {
    guard let (rowCount, columnCount) = dimensions(of: matrix),
          rows.lowerBound >= 0, rows.upperBound <= rowCount,
          columns.lowerBound >= 0, columns.upperBound <= columnCount else {
        return nil
    }
    return matrix[rows].map { row in Array(row[columns]) }
}

/// Replaces every negative element by `value`, in place; returns how many were replaced.
func replaceNegatives(in matrix: inout Matrix, with value: Int) -> Int {
    var replaced = 0
    for i in matrix.indices {
        for j in matrix[i].indices where matrix[i][j] < 0 {
            matrix[i][j] = value
            replaced += 1
        }
    }
    return replaced
}
