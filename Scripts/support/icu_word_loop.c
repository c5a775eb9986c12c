// The bare ICU baseline for Scripts/bench-tokenize: read a UTF-8 file, convert it to
// UTF-16 and walk ICU's word break iterator over it, counting words. Nothing else.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: icu_word_loop FILE\n"); return 64; }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *bytes = malloc((size_t)n);
    if (fread(bytes, 1, (size_t)n, f) != (size_t)n) { perror("read"); return 1; }
    fclose(f);
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = 0;
    u_strFromUTF8(NULL, 0, &len, bytes, (int32_t)n, &err);
    err = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * (size_t)(len + 1));
    u_strFromUTF8(text, len + 1, &len, bytes, (int32_t)n, &err);
    if (U_FAILURE(err)) { fprintf(stderr, "utf8: %s\n", u_errorName(err)); return 1; }
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", text, len, &err);
    if (U_FAILURE(err)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(err)); return 1; }
    long words = 0, statusSum = 0;
    for (int32_t p = ubrk_first(bi); (p = ubrk_next(bi)) != UBRK_DONE;) {
        words++;
        statusSum += ubrk_getRuleStatus(bi) >= 100;
    }
    ubrk_close(bi);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%ld bytes %ld tokens (%ld words) %.3f s %.2f MB/s\n", n, words, statusSum, s, (double)n / 1e6 / s);
    return 0;
}
