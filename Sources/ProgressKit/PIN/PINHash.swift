/// A PIN as stored: never the digits, only a salted PBKDF2 hash of them.
public struct PINHash: Codable, Sendable, Hashable {
    /// The algorithm's name; `"pbkdf2-sha256"` is the only one so far.
    public var algorithm: String
    /// PBKDF2 iterations (the work factor).
    public var iterations: Int
    /// The random salt, base64.
    public var salt: String
    /// The derived key, base64.
    public var hash: String

    /// Creates a stored PIN from its parts.
    public init(algorithm: String, iterations: Int, salt: String, hash: String) {
        self.algorithm = algorithm
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }
}
