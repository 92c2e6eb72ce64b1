/// Checks an original worksheet's fields together: duplicate ids, what formulas name,
/// formulas that go round in a circle, and examples that their own field would refuse.
struct WorksheetValidator {
    var fields: [ParsedField]

    /// Adds the findings to `report`.
    func validate(report: inout FileReport) {
        reportDuplicateIDs(report: &report)
        reportFormulaReferences(report: &report)
        reportCycles(report: &report)
        WorksheetExampleCheck(fields: fields, texts: fields.map(\.text)).report(into: &report)
    }

    /// The first field with each id.
    private var firstIndexByID: [String: Int] {
        var result: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            if let id = field.id, result[id] == nil { result[id] = index }
        }
        return result
    }

    private func reportDuplicateIDs(report: inout FileReport) {
        let first = firstIndexByID
        for (index, field) in fields.enumerated() {
            guard let id = field.id, let firstIndex = first[id], firstIndex != index else { continue }
            let position = field.position(of: "id")
            report.add(.worksheet(.duplicateField(id: id, firstLine: fields[firstIndex].position(of: "id").line)),
                       line: position.line, column: position.column)
        }
    }

    private func reportFormulaReferences(report: inout FileReport) {
        let first = firstIndexByID
        let ids = fields.compactMap(\.id)
        for field in fields {
            guard let formula = field.formula, let start = field.formulaStart else { continue }
            var reported: Set<String> = []
            for (id, offset) in formula.expression.fieldReferences where reported.insert(id).inserted {
                let problem: WorksheetProblem
                if id == field.id {
                    problem = .formulaNamesItself(id: id)
                } else if let index = first[id] {
                    guard let kind = fields[index].kind, !kind.isNumeric else { continue }
                    problem = .formulaUsesNonNumber(id: id, kind: kind)
                } else {
                    problem = .unknownField(id: id, suggestion: KeySuggestion(knownKeys: ids).nearest(to: id))
                }
                report.add(.worksheet(problem), line: start.line, column: start.column + offset)
            }
        }
    }

    /// Reports each circle of formulas once, at the formula of its first field (in written
    /// order), where it names the next field of the circle.
    private func reportCycles(report: inout FileReport) {
        let first = firstIndexByID
        // Edges between computed fields (a formula naming itself is reported on its own).
        var uses: [Int: [Int]] = [:]
        for (index, field) in fields.enumerated() {
            guard field.isComputed, let formula = field.formula else { continue }
            uses[index] = formula.inputs.compactMap { id in
                guard let used = first[id], used != index, fields[used].isComputed else { return nil }
                return used
            }
        }
        var inReportedCycle: Set<Int> = []
        for start in uses.keys.sorted() where !inReportedCycle.contains(start) {
            guard let path = shortestCycle(from: start, uses: uses) else { continue }
            inReportedCycle.formUnion(path)
            let names = (path + [start]).map { fields[$0].id ?? "?" }
            let field = fields[start]
            let next = names[1]
            let offset = field.formula?.expression.fieldReferences.first { $0.id == next }?.offset ?? 0
            let position = field.formulaStart ?? field.position
            report.add(.worksheet(.formulaCycle(path: names)), line: position.line, column: position.column + offset)
        }
    }

    /// The shortest path `start → … → start` (without the final `start`), breadth first.
    private func shortestCycle(from start: Int, uses: [Int: [Int]]) -> [Int]? {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in uses[node] ?? [] {
                if next == start {
                    var path = [node]
                    while let previous = parent[path[0]] { path.insert(previous, at: 0) }
                    return path
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
