/// Finds code written for a Twine story format in passage text: Cunxue never runs it and never
/// shows it raw, so the validator reports it.
///
/// Recognised, one line at a time:
/// - SugarCube macros: `<<if`, `<<set`, `<</if>>` (`<<` then a letter or `/`);
/// - Harlowe macros: `(set:`, `(if:`, `(link-goto:` … (a known macro name right after `(`, then
///   `:`; names compare as Harlowe compares them, ignoring case, `-` and `_`), and any `(name:`
///   whose arguments hold a variable (`$x`, `_x`);
/// - Harlowe named hooks: `|name>[` and `]<name|`;
/// - Chapbook inserts: `{back link}`, `{embed passage: 'x'}`, `{name}` (`{` then a letter, up to `}`);
/// - Chapbook modifiers: a line that is only `[JavaScript]`, `[if x]`, `[after 1s]` …;
/// - (per passage, see `varsSectionEnd`) a Chapbook vars section: `name: value` lines ending in `--`.
enum StoryFormatCode {
    /// The longest piece of code quoted in a message.
    static let sampleLength = 24

    /// The first piece of story-format code in a line: its 1-based column and the code as quoted.
    /// - Parameter line: the line's scalars, without its newline.
    static func first(in line: ArraySlice<Unicode.Scalar>) -> (column: Int, sample: String)? {
        if let modifier = chapbookModifier(line) { return modifier }
        var index = line.startIndex
        while index < line.endIndex {
            let end: Int?
            switch line[index] {
            case "<": end = sugarCubeMacro(line, at: index)
            case "(": end = harloweMacro(line, at: index)
            case "|": end = harloweHookOpening(line, at: index)
            case "]": end = harloweHookClosing(line, at: index)
            case "{": end = chapbookInsert(line, at: index)
            default: end = nil
            }
            if let end {
                return (index - line.startIndex + 1, sample(line[index..<end]))
            }
            index += 1
        }
        return nil
    }

    /// Where a Chapbook vars section ends: the index of its `--` line, when the passage starts
    /// with `name: value` or `name (condition): value` lines (blank lines allowed) followed by a
    /// line that is only `--`.
    /// - Parameter lines: the passage's lines.
    static func varsSectionEnd(_ lines: [ArraySlice<Unicode.Scalar>]) -> Int? {
        var sawVariable = false
        for (offset, line) in lines.enumerated() {
            let trimmed = trimmed(line)
            if trimmed.isEmpty { continue }
            if trimmed.elementsEqual("--".unicodeScalars) { return sawVariable ? offset : nil }
            guard isVariableLine(trimmed) else { return nil }
            sawVariable = true
        }
        return nil
    }

    /// Whether a line is `name: value` or `name (condition): value`, the name made of ASCII
    /// letters, digits, `_` and `.`.
    private static func isVariableLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first, isASCIILetter(first) || first == "_" else { return false }
        var index = line.startIndex
        while index < line.endIndex, isWordScalar(line[index]) || line[index] == "." { index += 1 }
        while index < line.endIndex, line[index] == " " { index += 1 }
        if index < line.endIndex, line[index] == "(" {
            guard let close = line[index...].firstIndex(of: ")") else { return false }
            index = close + 1
            while index < line.endIndex, line[index] == " " { index += 1 }
        }
        return index < line.endIndex && line[index] == ":"
    }

    // MARK: - Patterns (each returns the end of the code found at `index`, or nil)

    private static func sugarCubeMacro(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        guard index + 2 < line.endIndex, line[index + 1] == "<" else { return nil }
        var next = index + 2
        if line[next] == "/" { next += 1 }
        guard next < line.endIndex, isASCIILetter(line[next]) else { return nil }
        return closing(">", in: line, from: next).map { min($0 + 2, line.endIndex) } ?? line.endIndex
    }

    private static func harloweMacro(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        var next = index + 1
        var name = ""
        while next < line.endIndex, name.unicodeScalars.count <= 24, isWordScalar(line[next]) || line[next] == "-" {
            if line[next] != "-" && line[next] != "_" { name.unicodeScalars.append(line[next]) }
            next += 1
        }
        guard !name.isEmpty, next < line.endIndex, line[next] == ":",
              let first = name.unicodeScalars.first, isASCIILetter(first) || ("0"..."9").contains(first) else { return nil }
        if harloweMacroNames.contains(name.lowercased()) { return next + 1 }
        // Another `(name:` counts when its arguments use a variable before the closing `)`.
        // (At most 200 scalars on, so that a line of unclosed `(x:` stays linear.)
        var scan = next + 1
        while scan + 1 < min(line.endIndex, next + 200), line[scan] != ")" {
            if (line[scan] == "$" || line[scan] == "_"), isASCIILetter(line[scan + 1]),
               scan == next + 1 || !isWordScalar(line[scan - 1]) {
                return next + 1
            }
            scan += 1
        }
        return nil
    }

    private static func harloweHookOpening(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        var next = index + 1
        while next < line.endIndex, isWordScalar(line[next]) { next += 1 }
        guard next > index + 1, next + 1 < line.endIndex, line[next] == ">", line[next + 1] == "[" else { return nil }
        return next + 2
    }

    private static func harloweHookClosing(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        guard index + 1 < line.endIndex, line[index + 1] == "<" else { return nil }
        var next = index + 2
        while next < line.endIndex, isWordScalar(line[next]) { next += 1 }
        guard next > index + 2, next < line.endIndex, line[next] == "|" else { return nil }
        return next + 1
    }

    private static func chapbookInsert(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        guard index + 1 < line.endIndex, isASCIILetter(line[index + 1]) else { return nil }
        var next = index + 2
        while next < line.endIndex {
            if line[next] == "}" { return next + 1 }
            if line[next] == "{" { return nil }
            next += 1
        }
        return nil
    }

    private static func chapbookModifier(_ line: ArraySlice<Unicode.Scalar>) -> (column: Int, sample: String)? {
        let trimmed = trimmed(line)
        guard trimmed.count >= 3, trimmed.first == "[", trimmed.last == "]",
              isASCIILetter(trimmed[trimmed.startIndex + 1]),
              !trimmed.dropFirst().dropLast().contains(where: { $0 == "[" || $0 == "]" }) else { return nil }
        return (trimmed.startIndex - line.startIndex + 1, sample(trimmed))
    }

    // MARK: - Helpers

    private static func closing(_ scalar: Unicode.Scalar, in line: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index + 1 < line.endIndex {
            if line[index] == scalar && line[index + 1] == scalar { return index }
            index += 1
        }
        return nil
    }

    private static func sample(_ code: ArraySlice<Unicode.Scalar>) -> String {
        let cut = code.prefix(sampleLength)
        return String(String.UnicodeScalarView(cut)) + (cut.count < code.count ? "…" : "")
    }

    private static func trimmed(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = line
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Harlowe 3 macro names unlikely to open a parenthesis in ordinary prose, lower case,
    /// without `-` and `_` (Harlowe ignores case, `-` and `_` in macro names).
    private static let harloweMacroNames: Set<String> = [
        "set", "put", "move", "unpack", "if", "unless", "elseif", "else", "either", "nth", "for", "loop", "array", "dm",
        "datamap", "ds", "dataset", "print", "display", "link", "linkgoto", "linkreveal", "linkrepeat", "linkrerun",
        "linkreplace", "linkrevealgoto", "linkundo", "linkshow", "linkfullscreen", "linkstorylet", "goto", "redirect",
        "undo", "restart", "reload", "click", "clickgoto", "clickreplace", "clickappend", "clickprepend", "clickundo",
        "clickrerun", "mouseover", "mouseoverreplace", "mouseoverappend", "mouseoverprepend", "mouseout",
        "mouseoutreplace", "mouseoutappend", "mouseoutprepend", "hoverstyle", "replace", "append", "prepend", "rerun",
        "show", "hide", "live", "transition", "t8n", "transitiontime", "t8ntime", "transitiondelay", "t8ndelay",
        "transitionskip", "t8nskip", "transitiondepart", "t8ndepart", "transitionarrive", "t8narrive", "textcolour",
        "textcolor", "textstyle", "textindent", "textsize", "textrotate", "textrotatex", "textrotatey", "textrotatez",
        "css", "hook", "floatbox", "opacity", "b4r", "bordercolour", "bordercolor", "b4rcolour", "b4rcolor",
        "cornerradius", "nobr", "verbatim", "v6m", "savegame", "loadgame", "savedgames", "alert", "prompt", "confirm",
        "dialog", "dialogue", "cyclinglink", "seqlink", "dropdown", "inputbox", "forceinputbox", "checkbox", "meter",
        "enchant", "enchantin", "changer", "macro", "output", "outputdata", "outdata", "partial", "bind", "2bind",
        "seed", "shuffled", "rotated", "interlaced", "subarray", "folded", "altered", "allpass", "somepass", "nonepass",
        "datanames", "datavalues", "dataentries", "visited", "passages", "str", "num", "random", "cond", "storylet",
        "exclusivity", "urgency", "openstorylets", "animate", "assert", "assertexists", "currentdate", "currenttime",
        "weekday", "monthday", "strfind", "strnth", "strrepeated", "stringrepeated", "strreplaced", "stringreplaced",
        "strreversed", "stringreversed", "joined", "lowerfirst", "upperfirst", "iconundo", "iconredo",
        "iconfullscreen", "iconrestart", "iconcounter",
    ]
}
