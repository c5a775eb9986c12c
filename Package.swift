// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kouhao",
    products: [
        .executable(name: "kouhao", targets: ["kouhao"]),
        .library(name: "KouhaoKit", targets: ["KouhaoKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU (Debian's libicu-dev), used only for its compiler and linker flags.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // The one C shim that talks to ICU. Its public header carries no ICU types, so Swift
        // modules that import it can import Foundation too (see README, "ICU").
        .target(
            name: "CICUShim",
            dependencies: ["CICU"]
        ),
        // The system libxml2 (Debian's libxml2-dev), used only for its flags, and the one C shim
        // that runs its HTML parser; the shim's header carries no libxml2 types.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CHTMLShim",
            dependencies: ["CLibXML2"]
        ),
        .target(
            name: "KouhaoKit",
            dependencies: ["CICUShim", "CHTMLShim"],
            exclude: ["Resources/README.md"],
            resources: [.copy("Resources/stopwords.txt"), .copy("Resources/idf.tsv"), .copy("Resources/slogans.tsv"),
                        .copy("Resources/lexicon.tsv"), .copy("Resources/LICENSE-jieba.txt")]
        ),
        .executableTarget(
            name: "kouhao",
            dependencies: [
                "KouhaoKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KouhaoKitTests",
            dependencies: ["KouhaoKit"]
        ),
        .testTarget(
            name: "kouhaoTests",
            dependencies: ["kouhao"],
            exclude: ["Fixtures", "Reference"]
        ),
    ]
)
