// The HTML shim: libxml2's SAX HTML parser, reporting events with byte positions.
#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <string.h>

typedef struct {
    htmlParserCtxtPtr parser;
    kh_html_callback callback;
    void *context;
} kh_html_state;

static int64_t kh_position(kh_html_state *s) {
    xmlParserInputPtr input = s->parser->input;
    if (input == NULL || input->cur == NULL || input->base == NULL) return 0;
    return (int64_t)input->consumed + (int64_t)(input->cur - input->base);
}

static void kh_emit(kh_html_state *s, int32_t kind, const xmlChar *text, int length,
                    const xmlChar *value, int value_length) {
    s->callback(s->context, kind, (const char *)text, (int32_t)length, (const char *)value,
                (int32_t)value_length, kh_position(s));
}

static void kh_start(void *ctx, const xmlChar *name, const xmlChar **attributes) {
    kh_html_state *s = (kh_html_state *)((htmlParserCtxtPtr)ctx)->_private;
    kh_emit(s, KH_HTML_START, name, (int)strlen((const char *)name), NULL, 0);
    if (attributes == NULL) return;
    for (int i = 0; attributes[i] != NULL; i += 2) {
        const xmlChar *value = attributes[i + 1];
        kh_emit(s, KH_HTML_ATTRIBUTE, attributes[i], (int)strlen((const char *)attributes[i]),
                value ? value : (const xmlChar *)"", value ? (int)strlen((const char *)value) : 0);
    }
}

static void kh_end(void *ctx, const xmlChar *name) {
    kh_html_state *s = (kh_html_state *)((htmlParserCtxtPtr)ctx)->_private;
    kh_emit(s, KH_HTML_END, name, (int)strlen((const char *)name), NULL, 0);
}

static void kh_text(void *ctx, const xmlChar *text, int length) {
    kh_html_state *s = (kh_html_state *)((htmlParserCtxtPtr)ctx)->_private;
    kh_emit(s, KH_HTML_TEXT, text, length, NULL, 0);
}

static void kh_raw(void *ctx, const xmlChar *text, int length) {
    kh_html_state *s = (kh_html_state *)((htmlParserCtxtPtr)ctx)->_private;
    kh_emit(s, KH_HTML_RAW, text, length, NULL, 0);
}

static void kh_comment(void *ctx, const xmlChar *text) {
    kh_html_state *s = (kh_html_state *)((htmlParserCtxtPtr)ctx)->_private;
    kh_emit(s, KH_HTML_COMMENT, text, (int)strlen((const char *)text), NULL, 0);
}

static void kh_quiet(void *ctx, const char *message, ...) { (void)ctx; (void)message; }
static void kh_quiet_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

static pthread_once_t kh_once = PTHREAD_ONCE_INIT;
static void kh_init(void) { xmlInitParser(); }

int32_t kh_html_parse(const char *utf8, int32_t length, kh_html_callback callback, void *context) {
    pthread_once(&kh_once, kh_init);
    htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(utf8, (int)length);
    if (parser == NULL) return -1;
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.startElement = kh_start;
    handler.endElement = kh_end;
    handler.characters = kh_text;
    handler.ignorableWhitespace = kh_text;
    handler.cdataBlock = kh_raw;
    handler.comment = kh_comment;
    handler.warning = kh_quiet;
    handler.error = kh_quiet;
    handler.fatalError = kh_quiet;
    handler.serror = kh_quiet_structured;
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC);
    // Installed after the options, which clear the error callbacks of the handler in place.
    htmlSAXHandlerPtr old = parser->sax;
    parser->sax = &handler;
    parser->userData = parser;
    kh_html_state state = { parser, callback, context };
    parser->_private = &state;
    xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(parser);
    parser->sax = old;
    htmlFreeParserCtxt(parser);
    return 0;
}

const char *kh_libxml2_version(void) { return LIBXML_VERSION_STRING; }
