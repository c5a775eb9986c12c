/// The visible text of an HTML page, with every character mapped back to the page source,
/// so that an offset kouhao reports can highlight the label in the page.
///
/// The page is parsed by libxml2's HTML parser (which recovers from broken markup as
/// browsers do). Then:
/// - `script`, `style`, `template`, `noscript`, `head`, `svg`, `iframe`, form controls,
///   comments and elements marked `hidden`, `aria-hidden="true"` or `display:none` are skipped;
/// - block elements (`p`, `div`, `li`, `h1`…, `tr`, `td`, `section`, …) become paragraph
///   breaks and `<br>` a line break;
/// - every named and numeric character reference is decoded (`&ldquo;` → “, `&#12289;` → 、;
///   libxml2 knows the HTML 4 names, ``HTMLEntities`` the rest of HTML5's: `&colon;` → :);
/// - white space collapses as a browser shows it: a run of spaces and line ends becomes one
///   space, or nothing where it holds a line end between two Chinese characters (`<pre>` keeps it).
/// With ``Configuration/Content/main`` only the main content is kept (see
/// ``HTMLDocument/mainContent()``).
/// 例：`HTMLText.read(SourceText("<p>推进&ldquo;三农&rdquo;工作</p>")).text.string` →
/// `推进“三农”工作`, and the 三 maps back to source offset 12.
public enum HTMLText {
    /// What to read of a page.
    ///
    /// 例：`HTMLText.Configuration(content: .main)` for `--html-main`.
    public struct Configuration: Hashable, Sendable {
        /// Which part of the page.
        ///
        /// 例：`.main` leaves out a page's navigation and footer.
        public enum Content: String, Hashable, Sendable {
            /// All the visible text, navigation and footers included. 例：the default.
            case page
            /// Only the main content: the `<main>` element (or `role="main"`), else the largest
            /// `<article>`, else the block with the most running text and the fewest links;
            /// navigation and asides inside it are left out too.
            /// 例：for a 政府网站 page, the article body without its menu bar and 版权所有 footer.
            case main
        }

        /// Which part of the page. 例：`.page`.
        public var content: Content

        /// The whole visible text. 例：`HTMLText.read(page, configuration: .default)`.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(content: .main)`.
        public init(content: Content = .page) {
            self.content = content
        }
    }

    /// Reads the visible text of the page `source`.
    /// 例：`HTMLText.read(SourceText(page), configuration: .init(content: .main))`.
    /// - Complexity: O(n).
    public static func read(_ source: SourceText, configuration: Configuration = .default) -> ReadingText {
        let document = HTMLDocument(source: source)
        var writer = VisibleTextWriter(document: document, source: source)
        let root = configuration.content == .main ? document.mainContent() : 0
        writer.write(root, insideMain: configuration.content == .main)
        return writer.finish()
    }
}

/// Writes the visible text of a part of an ``HTMLDocument`` into a reading of its source.
struct VisibleTextWriter {
    let document: HTMLDocument
    private var builder: ReadingText.Builder
    /// A paragraph break is due before the next character.
    private var pendingBreak = false
    /// Collapsible white space is due before the next character: its source range, and
    /// whether it held a line end.
    private var pendingSpace: (range: Range<Int>, lineEnd: Bool)? = nil
    /// Where the source has been read up to (for inserted line breaks).
    private var position = 0

    init(document: HTMLDocument, source: SourceText) {
        self.document = document
        builder = ReadingText.Builder(source: source)
    }

    /// Writes element `index` and everything in it.
    mutating func write(_ index: Int, insideMain: Bool = false, preformatted: Bool = false) {
        let element = document.elements[index]
        if index != 0 {
            if HTMLElements.isHidden(element) { return }
            if insideMain, HTMLElements.isNavigation(element) { return }
            position = max(position, element.position)
        }
        let block = HTMLElements.isBlock(element.name)
        if block { pendingBreak = true }
        if element.name == "br" {
            lineBreak()
            return
        }
        let pre = preformatted || element.name == "pre" || element.name == "textarea" || element.name == "listing"
        for child in element.children {
            switch child {
            case .element(let k): write(k, insideMain: insideMain, preformatted: pre)
            case .text(let run): text(run, preformatted: pre)
            }
        }
        if block { pendingBreak = true; pendingSpace = nil }
    }

    private mutating func text(_ run: Range<Int>, preformatted: Bool) {
        var k = run.lowerBound
        while k < run.upperBound {
            defer { k += 1 }
            let u = document.units[k]
            var range = Int(document.starts[k])..<Int(document.ends[k])
            // An HTML5 reference libxml2 left as written (`&colon;`): decoded here.
            if u == 0x26, range.count == 1, let (value, end) = html5Reference(at: k, in: run) {
                range = range.lowerBound..<Int(document.ends[end - 1])
                for v in value { emit(v, from: range, preformatted: preformatted) }
                k = end - 1
                continue
            }
            emit(u, from: range, preformatted: preformatted)
        }
    }

    /// The value of a named reference `&name;` written verbatim at `k`, and the end of it.
    private func html5Reference(at k: Int, in run: Range<Int>) -> ([UInt16], Int)? {
        var j = k + 1
        var name: [UInt16] = []
        while j < run.upperBound, j - k <= 32 {
            let c = document.units[j]
            if c == 0x3B { break }
            guard (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) else { return nil }
            name.append(c)
            j += 1
        }
        guard j < run.upperBound, document.units[j] == 0x3B, !name.isEmpty,
              Int(document.ends[j]) - Int(document.starts[k]) == name.count + 2,
              let value = HTMLEntities.value(of: String(decoding: name, as: UTF16.self)) else { return nil }
        return (value, j + 1)
    }

    /// Writes one unit of text that comes from the source range `range`: white space collapses,
    /// a pending paragraph break comes first.
    private mutating func emit(_ u: UInt16, from range: Range<Int>, preformatted: Bool = false) {
        position = max(position, range.upperBound)
        if !preformatted, u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0C {
            let lineEnd = u == 0x0A || u == 0x0D
            if let space = pendingSpace {
                pendingSpace = (space.range, space.lineEnd || lineEnd)
            } else {
                pendingSpace = (range, lineEnd)
            }
            return
        }
        if preformatted, u == 0x0A || u == 0x0D {
            pendingSpace = nil
            builder.append(0x0A, from: range)
            pendingBreak = false
            return
        }
        if pendingBreak {
            if let last = builder.last, last != 0x0A { builder.append(0x0A, from: position..<position) }
            pendingBreak = false
            pendingSpace = nil
        } else if let space = pendingSpace {
            if let last = builder.last, last != 0x0A,
               !(space.lineEnd && (LineJoiner.isChinese(last) || LineJoiner.isChinese(u))) {
                builder.append(0x20, from: space.range)
            }
        }
        pendingSpace = nil
        builder.append(u, from: range)
    }

    private mutating func lineBreak() {
        pendingSpace = nil
        pendingBreak = false
        if builder.last != nil { builder.append(0x0A, from: position..<position) }
    }

    /// The reading written, ending with a line break when it holds any text.
    mutating func finish() -> ReadingText {
        if let last = builder.last, last != 0x0A { builder.append(0x0A, from: position..<position) }
        return builder.finish()
    }
}
