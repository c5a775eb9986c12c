// chtml.h — the only door between kouhao and libxml2's HTML parser.
//
// Free of libxml2 types: text is UTF-8 as const char * with a length, positions are byte
// offsets into the buffer given to kh_html_parse. Swift modules import this header, never
// <libxml/...>.
#ifndef KOUHAO_CHTML_H
#define KOUHAO_CHTML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a parse event reports.
enum {
    /// An element opens: `text` is its lower-case name.
    KH_HTML_START = 1,
    /// An attribute of the element that just opened: `text` its name, `value` its value
    /// (entities decoded; empty for an attribute without a value).
    KH_HTML_ATTRIBUTE = 2,
    /// An element closes (also for void and implicitly closed elements): `text` is its name.
    KH_HTML_END = 3,
    /// Character data, references decoded: `text` is the text.
    KH_HTML_TEXT = 4,
    /// Raw text of script and style elements.
    KH_HTML_RAW = 5,
    /// A comment: `text` is its content.
    KH_HTML_COMMENT = 6,
};

/// Receives one parse event. `position` is the byte offset up to which the parser had read
/// the input when it reported the event (for text: the end of the text's source).
typedef void (*kh_html_callback)(void *context, int32_t kind, const char *text, int32_t length,
                                 const char *value, int32_t value_length, int64_t position);

/// Parses UTF-8 HTML from memory with libxml2's HTML parser (recovering from errors, no
/// network, no messages, any declared charset ignored), calling `callback` for each event.
/// Returns 0 when the parser ran, -1 when it could not be created.
int32_t kh_html_parse(const char *utf8, int32_t length, kh_html_callback callback, void *context);

/// The libxml2 version in use, e.g. "20914".
const char *kh_libxml2_version(void);

#ifdef __cplusplus
}
#endif

#endif
