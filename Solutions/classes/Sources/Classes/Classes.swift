// Classes — reference solution.

final class Rectangle {
    /// How many rectangles have been created so far, by any initializer.
    private(set) static var instancesCreated = 0
    /// How many rectangles exist right now.
    private(set) static var liveInstances = 0

    let width: Double
    let height: Double

    /// The designated initializer: every other initializer ends up here, so counting here
    /// counts every rectangle exactly once.
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        Rectangle.instancesCreated += 1
        Rectangle.liveInstances += 1
    }

    /// A square with sides `side`.
    convenience init(side: Double) {
        self.init(width: side, height: side)
    }

    /// Parses "<width>x<height>"; nil (and no rectangle created) for anything else.
    convenience init?(parsing text: String) {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let width = Double(parts[0]), let height = Double(parts[1]),
              width.isFinite, height.isFinite, width > 0, height > 0 else {
            return nil                      // fail before self.init: nothing was created
        }
        self.init(width: width, height: height)
    }

    deinit {
        Rectangle.liveInstances -= 1
    }

    /// A 1 × 1 rectangle.
    static func unit() -> Rectangle {
        Rectangle(side: 1)
    }

    var area: Double {
        width * height
    }

    var perimeter: Double {
        2 * (width + height)
    }

    var isSquare: Bool {
        width == height
    }

    /// A new rectangle with both sides multiplied by `factor`.
    func scaled(by factor: Double) -> Rectangle {
        Rectangle(width: width * factor, height: height * factor)
    }
}

struct Temperature {
    /// The lowest possible temperature, in degrees Celsius.
    static let absoluteZeroCelsius = -273.15

    /// The temperature in degrees Celsius.
    let celsius: Double

    /// nil when `celsius` is below absolute zero.
    init?(celsius: Double) {
        guard celsius >= Temperature.absoluteZeroCelsius else { return nil }
        self.celsius = celsius
    }

    /// From degrees Fahrenheit; nil below absolute zero.
    init?(fahrenheit: Double) {
        self.init(celsius: (fahrenheit - 32) * 5 / 9)
    }

    /// From kelvins; nil below absolute zero.
    init?(kelvin: Double) {
        guard kelvin >= 0 else { return nil }
        self.init(celsius: kelvin + Temperature.absoluteZeroCelsius)
    }

    var fahrenheit: Double {
        celsius * 9 / 5 + 32
    }

    var kelvin: Double {
        celsius - Temperature.absoluteZeroCelsius
    }
}
