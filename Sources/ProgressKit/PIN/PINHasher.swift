import CCrypto
import Foundation

/// Makes and checks `PINHash`es: a 4-digit PIN, a random 16-byte salt, PBKDF2-HMAC-SHA256.
///
/// The work factor only slows down trying all 10,000 PINs against a copied file; it cannot
/// stop it (see docs/pins.md).
public struct PINHasher: Sendable, Hashable {
    /// The algorithm name written into `PINHash.algorithm`.
    public static let algorithm = "pbkdf2-sha256"
    /// Iterations for new hashes: about 70 ms here (2 cores, 2026); 50–100 ms is the aim.
    public static let defaultIterations = 150_000
    /// Salt length in bytes.
    public static let saltByteCount = 16
    /// Derived key length in bytes.
    public static let hashByteCount = 32
    /// The work factors a stored PIN may have: the app writes 150,000 (tests 1,000); a file
    /// with more would make a check hang (2,000,000 take about a second here).
    public static let acceptedIterations = 1_000...2_000_000

    /// Iterations for new hashes.
    public var iterations: Int

    /// A hasher with the given work factor.
    public init(iterations: Int = PINHasher.defaultIterations) {
        self.iterations = iterations
    }

    /// The PIN in canonical form: exactly 4 digits (full-width digits from a Chinese input
    /// method are read as ASCII ones; spaces around are ignored).
    /// - Throws: `PINError.notFourDigits` otherwise.
    public static func normalize(_ pin: String) throws(PINError) -> String {
        var digits = ""
        for scalar in pin.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19:
                if let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) { digits.unicodeScalars.append(ascii) }
            default: throw .notFourDigits
            }
        }
        guard digits.count == 4 else { throw .notFourDigits }
        return digits
    }

    /// Hashes a PIN with a fresh random salt.
    /// - Throws: `PINError.notFourDigits` for anything but 4 digits.
    public func hash(_ pin: String) throws(PINError) -> PINHash {
        var generator = SystemRandomNumberGenerator()
        return try hash(pin, using: &generator)
    }

    /// Hashes a PIN with a salt from `generator` (inject a seeded one in tests).
    /// - Throws: `PINError.notFourDigits` for anything but 4 digits.
    public func hash(_ pin: String, using generator: inout some RandomNumberGenerator) throws(PINError) -> PINHash {
        let digits = try Self.normalize(pin)
        let salt = (0..<Self.saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try Self.derive(digits, salt: salt, iterations: iterations)
        return PINHash(algorithm: Self.algorithm, iterations: iterations,
                       salt: Data(salt).base64EncodedString(), hash: Data(key).base64EncodedString())
    }

    /// Whether `pin` is the PIN `stored` was made from; compares in constant time. A malformed
    /// PIN or stored hash is simply not a match.
    public static func verify(_ pin: String, against stored: PINHash) -> Bool {
        guard isUsable(stored), let digits = try? normalize(pin),
              let salt = Data(base64Encoded: stored.salt),
              let expected = Data(base64Encoded: stored.hash), !expected.isEmpty,
              let key = try? derive(digits, salt: Array(salt), iterations: stored.iterations, byteCount: expected.count)
        else { return false }
        return constantTimeEqual(key, Array(expected))
    }

    /// Whether a stored PIN can be checked: the known algorithm, a work factor in
    /// `acceptedIterations`, a base64 salt of 1–1,024 bytes and hash of 16–64 bytes. Anything
    /// else is a damaged PIN (never tried: a huge work factor would hang the check).
    public static func isUsable(_ stored: PINHash) -> Bool {
        guard stored.algorithm == algorithm, acceptedIterations.contains(stored.iterations),
              stored.salt.utf8.count <= 2_048, stored.hash.utf8.count <= 128,
              let salt = Data(base64Encoded: stored.salt), let hash = Data(base64Encoded: stored.hash) else { return false }
        return (1...1_024).contains(salt.count) && (16...64).contains(hash.count)
    }

    /// Whether the stored hash should be remade (weaker work factor than this hasher's).
    public func needsRehash(_ stored: PINHash) -> Bool {
        stored.algorithm != Self.algorithm || stored.iterations < iterations
    }

    /// PBKDF2-HMAC-SHA256 from the system's libcrypto (`PKCS5_PBKDF2_HMAC`), the same function
    /// swift-crypto's `KDF.Insecure.PBKDF2` computed, so hashes made before verify unchanged.
    private static func derive(_ digits: String, salt: [UInt8], iterations: Int,
                               byteCount: Int = hashByteCount) throws(PINError) -> [UInt8] {
        guard iterations > 0, iterations <= Int(Int32.max), byteCount > 0, byteCount <= 1024,
              salt.count <= Int(Int32.max) else { throw .hashingFailed }
        let password = Array(digits.utf8)
        var key = [UInt8](repeating: 0, count: byteCount)
        let status = password.withUnsafeBufferPointer { passwordBytes in
            salt.withUnsafeBufferPointer { saltBytes in
                key.withUnsafeMutableBufferPointer { keyBytes in
                    passwordBytes.withMemoryRebound(to: CChar.self) { passwordChars in
                        PKCS5_PBKDF2_HMAC(passwordChars.baseAddress, Int32(passwordChars.count),
                                          saltBytes.baseAddress, Int32(saltBytes.count), Int32(iterations),
                                          EVP_sha256(), Int32(byteCount), keyBytes.baseAddress)
                    }
                }
            }
        }
        guard status == 1 else { throw .hashingFailed }
        return key
    }
}

private func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in a.indices { difference |= a[index] ^ b[index] }
    return difference == 0
}

/// Why a PIN cannot be set or checked.
public enum PINError: Error, Sendable, Hashable {
    /// The PIN is not exactly 4 digits.
    case notFourDigits
    /// The crypto library refused the parameters (should not happen).
    case hashingFailed

    /// What to tell the person.
    public var message: BilingualText {
        switch self {
        case .notFourDigits:
            return BilingualText(zh: "密码要是 4 位数字，请重新输入。", en: "The PIN must be 4 digits. Please type it again.")
        case .hashingFailed:
            return BilingualText(zh: "无法设置密码，请再试一次。", en: "The PIN could not be set. Please try again.")
        }
    }
}
