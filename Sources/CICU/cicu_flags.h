// Placeholder header: the CICU module exists only to carry ICU's pkg-config compiler and
// linker flags to the CICUShim target. Nothing Swift-visible lives here on purpose.
#include <stdint.h>
