// Classes — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the declarations exactly as they are: the grader's tests use them.

final class Rectangle {
    /// How many rectangles have been created so far, by any initializer (class attribute).
    private(set) static var instancesCreated = 0
    /// How many rectangles exist right now: created and not yet deinitialized.
    private(set) static var liveInstances = 0

    let width: Double
    let height: Double

    /// The designated initializer: stores both sides as given.
    init(width: Double, height: Double) {
        fatalError("TODO: init(width:height:)")
    }

    /// A square with sides `side`.
    convenience init(side: Double) {
        fatalError("TODO: init(side:)")
    }

    /// Parses "<width>x<height>", e.g. "3x4" or "2.5x0.5": two positive, finite numbers
    /// separated by a lowercase "x", without spaces. nil for anything else.
    /// A failed parse creates no rectangle.
    convenience init?(parsing text: String) {
        fatalError("TODO: init?(parsing:)")
    }

    deinit {
        // TODO: keep `liveInstances` up to date.
    }

    /// A 1 × 1 rectangle (a factory method: Python's @classmethod).
    static func unit() -> Rectangle {
        fatalError("TODO: unit()")
    }

    var area: Double {
        fatalError("TODO: area")
    }

    var perimeter: Double {
        fatalError("TODO: perimeter")
    }

    var isSquare: Bool {
        fatalError("TODO: isSquare")
    }

    /// A NEW rectangle with both sides multiplied by `factor`; this one is left unchanged.
    func scaled(by factor: Double) -> Rectangle {
        fatalError("TODO: scaled(by:)")
    }
}

struct Temperature {
    /// The lowest possible temperature, in degrees Celsius.
    static let absoluteZeroCelsius = -273.15

    /// The temperature in degrees Celsius (the only stored property).
    let celsius: Double

    /// nil when `celsius` is below absolute zero.
    init?(celsius: Double) {
        fatalError("TODO: init?(celsius:)")
    }

    /// From degrees Fahrenheit: °C = (°F − 32) × 5 / 9. nil below absolute zero.
    init?(fahrenheit: Double) {
        fatalError("TODO: init?(fahrenheit:)")
    }

    /// From kelvins: °C = K − 273.15. nil below absolute zero (negative kelvins).
    init?(kelvin: Double) {
        fatalError("TODO: init?(kelvin:)")
    }

    var fahrenheit: Double {
        fatalError("TODO: fahrenheit")
    }

    var kelvin: Double {
        fatalError("TODO: kelvin")
    }
}
