// Inheritance and polymorphism — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the declarations exactly as they are: the grader's tests use them.

// MARK: - A class hierarchy

class Animal {
    let name: String

    init(name: String) {
        fatalError("TODO: Animal.init(name:)")
    }

    /// The sound a generic animal makes: "...".
    func sound() -> String {
        fatalError("TODO: Animal.sound()")
    }

    /// Most animals have 4 legs.
    var legs: Int {
        fatalError("TODO: Animal.legs")
    }

    /// "<name> says <sound>", using whatever sound() the actual animal makes: "Rex says Woof".
    final func speak() -> String {
        fatalError("TODO: Animal.speak()")
    }

    /// "<name> has <legs> legs": "Rex has 4 legs".
    func describe() -> String {
        fatalError("TODO: Animal.describe()")
    }
}

class Dog: Animal {
    let breed: String

    init(name: String, breed: String) {
        fatalError("TODO: Dog.init(name:breed:)")
    }

    /// "Woof".
    override func sound() -> String {
        fatalError("TODO: Dog.sound()")
    }

    /// The animal description followed by " and is a <breed>": "Rex has 4 legs and is a beagle".
    override func describe() -> String {
        fatalError("TODO: Dog.describe()")
    }
}

/// A puppy is a dog whose sound is its parent's sound, lowercased, with "!": "woof!".
final class Puppy: Dog {
    override func sound() -> String {
        fatalError("TODO: Puppy.sound()")
    }
}

/// "Meow".
final class Cat: Animal {
    override func sound() -> String {
        fatalError("TODO: Cat.sound()")
    }
}

/// "Tweet", and 2 legs.
final class Bird: Animal {
    override func sound() -> String {
        fatalError("TODO: Bird.sound()")
    }

    override var legs: Int {
        fatalError("TODO: Bird.legs")
    }
}

/// What each animal says (its speak()), in order.
func chorus(_ animals: [Animal]) -> [String] {
    fatalError("TODO: chorus")
}

/// The total number of legs.
func totalLegs(_ animals: [Animal]) -> Int {
    fatalError("TODO: totalLegs")
}

/// The names of the animals that are dogs (puppies are dogs too), in order.
func dogNames(in animals: [Animal]) -> [String] {
    fatalError("TODO: dogNames")
}

// MARK: - Polymorphism through a protocol

protocol Shape {
    var name: String { get }
    func area() -> Double
}

/// name "circle", area π r².
struct Circle: Shape {
    let radius: Double

    var name: String {
        fatalError("TODO: Circle.name")
    }

    func area() -> Double {
        fatalError("TODO: Circle.area()")
    }
}

/// name "square", area side².
struct Square: Shape {
    let side: Double

    var name: String {
        fatalError("TODO: Square.name")
    }

    func area() -> Double {
        fatalError("TODO: Square.area()")
    }
}

/// name "triangle", area base × height / 2.
struct Triangle: Shape {
    let base: Double
    let height: Double

    var name: String {
        fatalError("TODO: Triangle.name")
    }

    func area() -> Double {
        fatalError("TODO: Triangle.area()")
    }
}

/// The sum of the areas of any mix of shapes (0 for none).
func totalArea(_ shapes: [any Shape]) -> Double {
    fatalError("TODO: totalArea")
}

/// The name of the shape with the largest area; the first one in case of a tie; nil for none.
func largestShapeName(_ shapes: [any Shape]) -> String? {
    fatalError("TODO: largestShapeName")
}
