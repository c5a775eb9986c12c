// Placeholder header: the CLibXML2 module exists only to carry libxml2's pkg-config compiler
// and linker flags to the CHTMLShim target. Nothing Swift-visible lives here on purpose.
#include <stdint.h>
