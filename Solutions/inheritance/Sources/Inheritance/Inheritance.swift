// Inheritance and polymorphism — reference solution.

// MARK: - A class hierarchy

class Animal {
    let name: String

    init(name: String) {
        self.name = name
    }

    /// The sound a generic animal makes.
    func sound() -> String {
        "..."
    }

    /// Most animals have 4 legs.
    var legs: Int {
        4
    }

    /// Calls sound() through dynamic dispatch: a Dog stored as an Animal still says "Woof".
    final func speak() -> String {
        "\(name) says \(sound())"
    }

    func describe() -> String {
        "\(name) has \(legs) legs"
    }
}

class Dog: Animal {
    let breed: String

    init(name: String, breed: String) {
        self.breed = breed                  // set our own properties first…
        super.init(name: name)              // …then let the superclass set up its own
    }

    override func sound() -> String {
        "Woof"
    }

    override func describe() -> String {
        "\(super.describe()) and is a \(breed)"
    }
}

final class Puppy: Dog {
    override func sound() -> String {
        super.sound().lowercased() + "!"
    }
}

final class Cat: Animal {
    override func sound() -> String {
        "Meow"
    }
}

final class Bird: Animal {
    override func sound() -> String {
        "Tweet"
    }

    override var legs: Int {
        2
    }
}

/// What each animal says, in order.
func chorus(_ animals: [Animal]) -> [String] {
    animals.map { $0.speak() }
}

/// The total number of legs.
func totalLegs(_ animals: [Animal]) -> Int {
    animals.reduce(0) { $0 + $1.legs }
}

/// The names of the animals that are dogs (puppies included), in order.
func dogNames(in animals: [Animal]) -> [String] {
    animals.compactMap { ($0 as? Dog)?.name }
}

// MARK: - Polymorphism through a protocol

protocol Shape {
    var name: String { get }
    func area() -> Double
}

struct Circle: Shape {
    let radius: Double
    var name: String { "circle" }
    func area() -> Double { Double.pi * radius * radius }
}

struct Square: Shape {
    let side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}

struct Triangle: Shape {
    let base: Double
    let height: Double
    var name: String { "triangle" }
    func area() -> Double { base * height / 2 }
}

/// The sum of the areas of any mix of shapes.
func totalArea(_ shapes: [any Shape]) -> Double {
    shapes.reduce(0) { $0 + $1.area() }
}

/// The name of the shape with the largest area; the first one in case of a tie.
func largestShapeName(_ shapes: [any Shape]) -> String? {
    guard var largest = shapes.first else { return nil }
    for shape in shapes.dropFirst() where shape.area() > largest.area() {
        largest = shape                     // strictly larger only: ties keep the first
    }
    return largest.name
}
