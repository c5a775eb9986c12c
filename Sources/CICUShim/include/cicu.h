// cicu.h — the only door between kouhao and the system ICU.
//
// Deliberately free of ICU types: handles are opaque, text is UTF-16 as uint16_t, and
// every status is an int32_t that follows ICU's convention (> 0 failure, <= 0 success).
// Swift modules import this header, never <unicode/...>, so they can import Foundation
// (whose private ICU copy would otherwise clash with the system one).
#ifndef KOUHAO_CICU_H
#define KOUHAO_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Word breaking

/// An ICU word break iterator (opaque).
typedef struct kh_breaker kh_breaker;

/// Opens a word break iterator for `locale` ("zh" uses ICU's CJK dictionary).
kh_breaker *kh_breaker_open(const char *locale, int32_t *status);
/// A thread-independent copy of `breaker` (iterators themselves are not thread-safe).
kh_breaker *kh_breaker_clone(const kh_breaker *breaker, int32_t *status);
void kh_breaker_close(kh_breaker *breaker);
/// Points `breaker` at `text`; ICU keeps the pointer: keep the buffer alive and unmoved.
void kh_breaker_set_text(kh_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status);
/// Fills up to `capacity` word ends (UTF-16 offsets) and their rule statuses; returns how
/// many it wrote, 0 when the text is exhausted.
int32_t kh_breaker_next_batch(kh_breaker *breaker, int32_t *ends, int32_t *rule_statuses, int32_t capacity);

// MARK: Charset detection and conversion

/// Detects the charset of `bytes`; writes its ICU name into `name` and the confidence
/// (0–100). Returns 1 when a charset was found, 0 otherwise.
int32_t kh_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *confidence, int32_t *status);

/// 1 when ICU knows a converter called `charset`, else 0.
int32_t kh_charset_exists(const char *charset);

/// Converts `length` bytes in `charset` to UTF-16. Invalid or unmappable byte sequences
/// become U+FFFD; the byte offset and length of each are written to `error_offsets` and
/// `error_lengths` (up to `error_capacity`), and `*error_count` receives their total
/// number. `capacity` of `length + 2` units always suffices. Returns the number of UTF-16
/// units written.
int32_t kh_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity,
                            int32_t *error_offsets, int32_t *error_lengths, int32_t error_capacity,
                            int32_t *error_count, int32_t *status);

// MARK: Normalization and transliteration

/// Fills two 65,536-entry tables for the BMP: `single[c]` is NFKC(c) when that is exactly
/// one UTF-16 unit, and `flags[c]` has bit 0 set in that case and bit 1 set when NFKC has
/// a boundary before c. Surrogate code units get flags 0.
void kh_fill_nfkc_tables(uint16_t *single, uint8_t *flags, int32_t *status);
/// 1 when NFKC has a boundary before this code point.
int32_t kh_nfkc_has_boundary_before(uint32_t code_point);
/// NFKC of `length` units of `src` into `dst`; returns the length (may exceed `capacity`,
/// then with a buffer-overflow status).
int32_t kh_nfkc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);

/// Fills `table` (65,536 entries, one per BMP code unit) with ICU's
/// Traditional→Simplified mapping of each CJK ideograph; other entries map to themselves.
void kh_fill_traditional_to_simplified(uint16_t *table, int32_t *status);

/// The version of the ICU library in use, e.g. "72.1".
void kh_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
