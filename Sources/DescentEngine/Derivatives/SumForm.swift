/// A sum as a list of `coefficient × term`, used by ``Simplifier``.
///
/// Constants are collected as the term `1`, kept where the first one appeared, so
/// `1 - x` stays `1 - x`.
struct SumForm {
    private var terms: [(coefficient: Double, term: Expression)] = []

    /// Collects already simplified children of a negate/add/subtract node.
    init(_ children: [Expression], shape: Expression) {
        switch shape {
        case .negate: collect(children[0], scale: -1)
        case .add:
            collect(children[0], scale: 1)
            collect(children[1], scale: 1)
        default:
            collect(children[0], scale: 1)
            collect(children[1], scale: -1)
        }
    }

    private mutating func collect(_ expression: Expression, scale: Double) {
        switch expression {
        case .number(let value):
            append(scale * value, .number(1))
        case .negate(let inner):
            collect(inner, scale: -scale)
        case .add(let a, let b):
            collect(a, scale: scale)
            collect(b, scale: scale)
        case .subtract(let a, let b):
            collect(a, scale: scale)
            collect(b, scale: -scale)
        default:
            let (coefficient, term) = ProductForm.splitCoefficient(expression)
            append(scale * coefficient, term)
        }
    }

    private mutating func append(_ coefficient: Double, _ term: Expression) {
        if let index = terms.firstIndex(where: { $0.term == term }) {
            terms[index].coefficient += coefficient
        } else {
            terms.append((coefficient, term))
        }
    }

    /// The sum written out: `a - b + 3`.
    func rebuilt() -> Expression {
        let kept = terms.filter { $0.coefficient != 0 }
        var result: Expression?
        for (coefficient, term) in kept {
            guard let sum = result else {
                result = ProductForm.scaled(term, by: coefficient)
                continue
            }
            result =
                coefficient < 0
                ? .subtract(sum, ProductForm.scaled(term, by: -coefficient))
                : .add(sum, ProductForm.scaled(term, by: coefficient))
        }
        return result ?? .number(0)
    }
}
