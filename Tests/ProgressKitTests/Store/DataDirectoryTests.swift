import Foundation
import Testing
@testable import ProgressKit

struct DataDirectoryTests {
    let full = ["CUNXUE_DATA_DIR": "/srv/cunxue", "XDG_DATA_HOME": "/home/wf/.data", "HOME": "/home/wf"]

    @Test func explicitFolderComesFirst() throws {
        let directory = try DataDirectory.resolve(explicit: "/mnt/usb/cunxue", environment: full)
        #expect(directory.path == "/mnt/usb/cunxue")
        #expect(directory.learnersFolder.path == "/mnt/usb/cunxue/learners")
        #expect(directory.removedFolder.path == "/mnt/usb/cunxue/removed")
        #expect(directory.lessonsFolder.path == "/mnt/usb/cunxue/lessons")
    }

    @Test func thenTheEnvironment() throws {
        #expect(try DataDirectory.resolve(explicit: nil, environment: full).path == "/srv/cunxue")
        var environment = full
        environment["CUNXUE_DATA_DIR"] = ""
        #expect(try DataDirectory.resolve(explicit: nil, environment: environment).path == "/home/wf/.data/cunxue")
        environment["XDG_DATA_HOME"] = "relative/is/ignored"
        #expect(try DataDirectory.resolve(explicit: nil, environment: environment).path == "/home/wf/.local/share/cunxue")
        #expect(throws: StoreError.noDataDirectory) { try DataDirectory.resolve(explicit: nil, environment: [:]) }
    }

    @Test func relativeAndTildePathsAreMadeAbsolute() throws {
        #expect(try DataDirectory.resolve(explicit: "data", environment: full, currentDirectory: "/srv/station").path == "/srv/station/data")
        #expect(try DataDirectory.resolve(explicit: "~/cx", environment: full).path == "/home/wf/cx")
        #expect(try DataDirectory.resolve(explicit: "", environment: full).path == "/srv/cunxue")
    }
}
