// shim.c — kouhao's only contact with ICU's C API (see include/cicu.h).
#include "cicu.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

// MARK: Word breaking

kh_breaker *kh_breaker_open(const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, locale, NULL, 0, &err);
    *status = (int32_t)err;
    return U_FAILURE(err) ? NULL : (kh_breaker *)it;
}

kh_breaker *kh_breaker_clone(const kh_breaker *breaker, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone((const UBreakIterator *)breaker, &err);
    *status = (int32_t)err;
    return U_FAILURE(err) ? NULL : (kh_breaker *)it;
}

void kh_breaker_close(kh_breaker *breaker) {
    if (breaker) ubrk_close((UBreakIterator *)breaker);
}

void kh_breaker_set_text(kh_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &err);
    *status = (int32_t)err;
}

int32_t kh_breaker_next_batch(kh_breaker *breaker, int32_t *ends, int32_t *rule_statuses, int32_t capacity) {
    UBreakIterator *it = (UBreakIterator *)breaker;
    int32_t n = 0;
    while (n < capacity) {
        int32_t end = ubrk_next(it);
        if (end == UBRK_DONE) break;
        ends[n] = end;
        rule_statuses[n] = ubrk_getRuleStatus(it);
        n++;
    }
    return n;
}

// MARK: Charset detection and conversion

int32_t kh_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *confidence = 0;
    if (name_capacity > 0) name[0] = 0;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    ucsdet_setText(det, bytes, length, &err);
    const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(det, &err) : NULL;
    int32_t found = 0;
    if (match && U_SUCCESS(err)) {
        const char *n = ucsdet_getName(match, &err);
        int32_t c = ucsdet_getConfidence(match, &err);
        if (n && U_SUCCESS(err)) {
            strncpy(name, n, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
            *confidence = c;
            found = 1;
        }
    }
    ucsdet_close(det);
    *status = (int32_t)err;
    return found;
}

int32_t kh_charset_exists(const char *charset) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &err);
    if (cnv) ucnv_close(cnv);
    return U_SUCCESS(err) && cnv != NULL;
}

typedef struct {
    const char *start;
    int32_t *offsets;
    int32_t *lengths;
    int32_t capacity;
    int32_t count;
} kh_error_log;

// Records where each undecodable sequence starts, then substitutes U+FFFD as ICU would.
static void kh_record_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                     const char *code_units, int32_t length,
                                     UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
        kh_error_log *log = (kh_error_log *)context;
        int32_t offset = (int32_t)(args->source - log->start) - length;
        if (offset < 0) offset = 0;
        if (log->count < log->capacity) {
            log->offsets[log->count] = offset;
            log->lengths[log->count] = length;
        }
        log->count++;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, code_units, length, reason, err);
}

int32_t kh_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity,
                            int32_t *error_offsets, int32_t *error_lengths, int32_t error_capacity,
                            int32_t *error_count, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *error_count = 0;
    UConverter *cnv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    kh_error_log log = { bytes, error_offsets, error_lengths, error_capacity, 0 };
    ucnv_setToUCallBack(cnv, kh_record_and_substitute, &log, NULL, NULL, &err);
    if (U_FAILURE(err)) { ucnv_close(cnv); *status = (int32_t)err; return 0; }
    UChar *target = (UChar *)out;
    const char *source = bytes;
    ucnv_toUnicode(cnv, &target, (UChar *)out + capacity, &source, bytes + length, NULL, 1, &err);
    ucnv_close(cnv);
    *error_count = log.count;
    *status = (int32_t)err;
    return (int32_t)(target - (UChar *)out);
}

// MARK: Normalization and transliteration

static const UNormalizer2 *kh_nfkc_instance(void) {
    static const UNormalizer2 *instance = NULL;
    if (!instance) {
        UErrorCode err = U_ZERO_ERROR;
        instance = unorm2_getNFKCInstance(&err);
    }
    return instance;
}

void kh_fill_nfkc_tables(uint16_t *single, uint8_t *flags, int32_t *status) {
    const UNormalizer2 *n = kh_nfkc_instance();
    if (!n) { *status = (int32_t)U_MISSING_RESOURCE_ERROR; return; }
    for (int32_t c = 0; c < 0x10000; c++) {
        single[c] = (uint16_t)c;
        flags[c] = 0;
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (unorm2_hasBoundaryBefore(n, c)) flags[c] |= 2;
        UChar in[1] = { (UChar)c }, out[8];
        UErrorCode err = U_ZERO_ERROR;
        int32_t len = unorm2_normalize(n, in, 1, out, 8, &err);
        if (U_SUCCESS(err) && len == 1) { single[c] = out[0]; flags[c] |= 1; }
    }
    *status = 0;
}

int32_t kh_nfkc_has_boundary_before(uint32_t code_point) {
    const UNormalizer2 *n = kh_nfkc_instance();
    return n ? (int32_t)unorm2_hasBoundaryBefore(n, (UChar32)code_point) : 1;
}

int32_t kh_nfkc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t written = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &err);
    *status = (int32_t)err;
    return written;
}

void kh_fill_traditional_to_simplified(uint16_t *table, int32_t *status) {
    for (int32_t i = 0; i < 0x10000; i++) table[i] = (uint16_t)i;
    UErrorCode err = U_ZERO_ERROR;
    static const UChar id[] = u"Traditional-Simplified";
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return; }
    static const uint32_t ranges[][2] = { {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF} };
    for (int r = 0; r < 3; r++) {
        for (uint32_t c = ranges[r][0]; c <= ranges[r][1]; c++) {
            UChar buf[8] = { (UChar)c, 0 };
            int32_t len = 1, limit = 1;
            utrans_transUChars(t, buf, &len, 8, 0, &limit, &err);
            if (U_FAILURE(err)) { err = U_ZERO_ERROR; continue; }
            // Keep only one-to-one BMP mappings: offsets must stay aligned.
            if (len == 1 && buf[0] != (UChar)c) table[c] = buf[0];
        }
    }
    utrans_close(t);
    *status = (int32_t)err;
}

void kh_icu_version(char *out, int32_t capacity) {
    UVersionInfo v;
    char s[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, s);
    strncpy(out, s, (size_t)capacity - 1);
    out[capacity - 1] = 0;
}
